package org.zhiben.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhiben.ZhibenApplication;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.application.RegisterApiClientCommand;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.TestPostgres;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away while the application runs — an external PostgreSQL ({@code SPRING_DATASOURCE_URL}), or the
 * application's own embedded one stopped from outside: requests fail fast with 503 and a problem, health reports
 * DOWN, and once the database is back the application recovers by itself, with nothing lost. The outage lasts {@code zhiben.outage-seconds} (5 here; 30 with
 * {@code -Dzhiben.outage-seconds=30}).
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("zhiben.outage-seconds", 5));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    /** A database that can be taken away and brought back while the application runs on it. */
    private interface Database extends AutoCloseable {
        void stop() throws Exception;

        void start() throws Exception;
    }

    @Test
    void an_external_database_that_goes_away_gives_503_and_the_application_recovers_by_itself() throws Exception {
        int port = freePort();
        Database database = new ExternalDatabase(port);
        try (database; ConfigurableApplicationContext application = onExternal(port)) {
            outageAndRecovery(application, database);
        }
    }

    @Test
    void the_embedded_database_stopped_and_started_again_gives_503_meanwhile_and_the_application_recovers_by_itself()
            throws Exception {
        EmbeddedDatabase database = new EmbeddedDatabase(data.resolve("embedded"), data.resolve("postgres.log"));
        try (database) {
            try (ConfigurableApplicationContext application = onEmbedded(data.resolve("embedded"))) {
                outageAndRecovery(application, database);
            }
        }
    }

    private void outageAndRecovery(ConfigurableApplicationContext application, Database database) throws Exception {
        String base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
        ClientId clientId = ClientId.of("outage-" + Long.toHexString(System.nanoTime()));
        String secret = application.getBean(RegisterApiClient.class).register(Actor.SYSTEM,
                new RegisterApiClientCommand(clientId, "停库演练系统", "州应急管理局",
                        Set.of(EnterprisePermissions.READ), DataScope.wholePrefecture())).secret();
        String token = token(base, clientId.value(), secret);
        assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
        assertThat(get(base + "/actuator/health", null).statusCode()).isEqualTo(200);

        database.stop();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        HttpResponse<String> health = get(base + "/actuator/health", null);
        HttpResponse<String> api = get(base + "/api/v1/enterprises?size=1", token);
        HttpResponse<String> tokenRequest = tokenResponse(base, clientId.value(), secret);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"code\":\"server.unavailable\"");
        assertThat(tokenRequest.statusCode()).isEqualTo(503);
        HttpResponse<String> page = get(base + "/public/enforcement/typical-cases", null);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("服务暂不可用");
        while (System.nanoTime() < outageEnds) {
            assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(503);
            Thread.sleep(500);
        }

        database.start();
        assertThat(Eventually.await(() -> status(base + "/actuator/health"), status -> status == 200))
                .as("health is UP again once the database is back").isEqualTo(200);
        assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
        // the client registered before the outage is still there: it gets a new token
        assertThat(tokenResponse(base, clientId.value(), secret).statusCode()).isEqualTo(200);
    }

    /** An external PostgreSQL of its own, on a port and data folder of its own. */
    private final class ExternalDatabase implements Database {
        private final int port;
        private EmbeddedPostgres postgres;

        ExternalDatabase(int port) throws Exception {
            this.port = port;
            this.postgres = DatabaseOutageTest.this.start(port);
        }

        @Override
        public void stop() throws Exception {
            postgres.close();
        }

        @Override
        public void start() throws Exception {
            postgres = DatabaseOutageTest.this.start(port);
        }

        @Override
        public void close() throws Exception {
            postgres.close();
        }
    }

    /**
     * The application's own embedded PostgreSQL, stopped and started again from outside, as an operator (or a crash
     * and a supervisor) would: a fast shutdown (SIGINT to the postmaster), then the same server started again with the
     * command line of its last start ({@code postmaster.opts}: the same binary, port and settings).
     */
    private static final class EmbeddedDatabase implements Database {
        private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
        private final Path directory;
        private final Path log;
        private Process started;

        EmbeddedDatabase(Path directory, Path log) {
            this.directory = directory;
            this.log = log;
        }

        @Override
        public void stop() throws Exception {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("SIGINT sent").isTrue();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            assertThat(directory.resolve("postmaster.pid")).as("PostgreSQL has stopped").doesNotExist();
        }

        @Override
        public void start() throws Exception {
            String options = Files.readString(directory.resolve("postmaster.opts")).strip();
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root: in a user namespace of its own it is not (as its launcher does)
                command.addAll(List.of("unshare", "-U"));
            }
            command.add(options.substring(0, options.indexOf(" \"")).strip());
            Matcher argument = QUOTED.matcher(options);
            while (argument.find()) {
                command.add(argument.group(1));
            }
            started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        }

        /** Stops the server started here if the application's shutdown has not (it stops the one on its folder). */
        @Override
        public void close() throws Exception {
            if (started != null && started.isAlive()) {
                started.destroy();
                started.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("timezone", "UTC").setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C").setRegisterShutdownHook(false).start();
    }

    /** The application on its embedded PostgreSQL, kept in {@code directory}. */
    private static ConfigurableApplicationContext onEmbedded(Path directory) {
        return new SpringApplicationBuilder(ZhibenApplication.class).run(
                "--zhiben.embedded-postgres.data-dir=" + directory,
                "--zhiben.files.dir=" + TestPostgres.filesDir() + "/outage-embedded",
                "--zhiben.enforcement.reporter-key-file=" + TestPostgres.filesDir() + "/outage-reporter-keys.properties",
                "--server.port=0",
                "--zhiben.notifications.mail.enabled=false");
    }

    /** The application on an external PostgreSQL, as {@code SPRING_DATASOURCE_URL} gives it (arguments win over the
     * application's own settings). */
    private static ConfigurableApplicationContext onExternal(int port) {
        return new SpringApplicationBuilder(ZhibenApplication.class).run(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--zhiben.embedded-postgres.enabled=false",
                "--zhiben.files.dir=" + TestPostgres.filesDir() + "/outage",
                "--zhiben.enforcement.reporter-key-file=" + TestPostgres.filesDir() + "/outage-reporter-keys.properties",
                "--server.port=0",
                "--zhiben.notifications.mail.enabled=false");
    }

    private HttpResponse<String> get(String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(15)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int status(String uri) {
        try {
            return get(uri, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private String token(String base, String clientId, String secret) throws Exception {
        HttpResponse<String> response = tokenResponse(base, clientId, secret);
        assertThat(response.statusCode()).isEqualTo(200);
        return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("access_token");
    }

    private HttpResponse<String> tokenResponse(String base, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + EnterprisePermissions.READ.scope()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
