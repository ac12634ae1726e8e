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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * The database goes away while the application runs. An external PostgreSQL ({@code SPRING_DATASOURCE_URL}) stopped for
 * {@code zhiben.outage-seconds} (5 here; 30 with {@code -Dzhiben.outage-seconds=30}) and started again: requests fail
 * fast with 503 and a problem, health reports DOWN, and once the database is back the application recovers by itself,
 * with nothing lost. The application's own embedded PostgreSQL killed: the same 503s meanwhile, and the application
 * starts it again itself.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("zhiben.outage-seconds", 5));
    private static final Duration EMBEDDED_RESTART_DELAY = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void an_external_database_that_goes_away_gives_503_and_the_application_recovers_by_itself() throws Exception {
        int port = freePort();
        ExternalDatabase database = new ExternalDatabase(port);
        try (database; ConfigurableApplicationContext application = onExternal(port)) {
            outageAndRecovery(application, database);
        }
    }

    /**
     * The application's own embedded PostgreSQL is killed (SIGKILL to the postmaster, the harshest case): requests are
     * answered 503 until the application has started it again by itself — nothing here starts it — and then the API
     * client registered just before the kill is still there. The first restart is made to wait
     * {@link #EMBEDDED_RESTART_DELAY} here (1 s by default), longer than the 5 s a request waits for a connection, so
     * that the outage is seen; it is then over within seconds.
     */
    @Test
    void the_embedded_database_killed_gives_503_meanwhile_and_the_application_starts_it_again_by_itself()
            throws Exception {
        Path directory = data.resolve("embedded");
        try (ConfigurableApplicationContext application = onEmbedded(directory)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
            ClientId clientId = ClientId.of("outage-" + Long.toHexString(System.nanoTime()));
            String secret = register(application, clientId);
            String token = token(base, clientId.value(), secret);
            assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health", null).statusCode()).isEqualTo(200);

            long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
            List<ProcessHandle> serverProcesses = ProcessHandle.of(postmaster).orElseThrow().children().toList();
            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(postmaster)).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("SIGKILL sent").isTrue();
            long killed = System.nanoTime();
            // the server processes of the killed postmaster notice its death and end on their own, within milliseconds;
            // until then a pooled connection may still be served, which is right, but not the outage to be seen here
            assertThat(Eventually.await(() -> serverProcesses.stream().filter(ProcessHandle::isAlive).count(),
                    alive -> alive == 0)).as("server processes left by the killed postmaster").isZero();

            // all at once, once the database is wholly gone: a request on a connection the kill broke, or one that
            // waits up to 5 s for a new connection, within the outage
            CompletableFuture<HttpResponse<String>> health = getAsync(base + "/actuator/health", null);
            CompletableFuture<HttpResponse<String>> api = getAsync(base + "/api/v1/enterprises?size=1", token);
            CompletableFuture<HttpResponse<String>> tokenRequest = tokenResponseAsync(base, clientId.value(), secret);
            CompletableFuture<HttpResponse<String>> page = getAsync(base + "/public/enforcement/typical-cases", null);
            assertUnavailable(health.join(), api.join(), tokenRequest.join(), page.join());

            assertThat(Eventually.await(() -> status(base + "/actuator/health"), status -> status == 200))
                    .as("health is UP again, the application having restarted its database").isEqualTo(200);
            Duration outage = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(outage).as("down from the kill until health is UP")
                    .isLessThan(EMBEDDED_RESTART_DELAY.plusSeconds(15));
            assertThat(Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim()))
                    .as("a new postmaster").isNotEqualTo(postmaster);
            assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
            // the client registered just before the kill is still there: it gets a new token
            assertThat(tokenResponse(base, clientId.value(), secret).statusCode()).isEqualTo(200);
        }
        assertThat(directory.resolve("postmaster.pid")).as("the restarted PostgreSQL stopped with the application")
                .doesNotExist();
    }

    private void outageAndRecovery(ConfigurableApplicationContext application, ExternalDatabase database)
            throws Exception {
        String base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
        ClientId clientId = ClientId.of("outage-" + Long.toHexString(System.nanoTime()));
        String secret = register(application, clientId);
        String token = token(base, clientId.value(), secret);
        assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
        assertThat(get(base + "/actuator/health", null).statusCode()).isEqualTo(200);

        database.stop();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        HttpResponse<String> health = get(base + "/actuator/health", null);
        HttpResponse<String> api = get(base + "/api/v1/enterprises?size=1", token);
        HttpResponse<String> tokenRequest = tokenResponse(base, clientId.value(), secret);
        HttpResponse<String> page = get(base + "/public/enforcement/typical-cases", null);
        assertUnavailable(health, api, tokenRequest, page);
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

    /** Health DOWN, a problem for the API and the token endpoint, a page that needs no database: all 503. */
    private static void assertUnavailable(HttpResponse<String> health, HttpResponse<String> api,
                                          HttpResponse<String> tokenRequest, HttpResponse<String> page) {
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"code\":\"server.unavailable\"");
        assertThat(tokenRequest.statusCode()).isEqualTo(503);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("服务暂不可用");
    }

    private static String register(ConfigurableApplicationContext application, ClientId clientId) {
        return application.getBean(RegisterApiClient.class).register(Actor.SYSTEM,
                new RegisterApiClientCommand(clientId, "停库演练系统", "州应急管理局",
                        Set.of(EnterprisePermissions.READ), DataScope.wholePrefecture())).secret();
    }

    /** An external PostgreSQL of its own, on a port and data folder of its own. */
    private final class ExternalDatabase implements AutoCloseable {
        private final int port;
        private EmbeddedPostgres postgres;

        ExternalDatabase(int port) throws Exception {
            this.port = port;
            this.postgres = DatabaseOutageTest.this.start(port);
        }

        void stop() throws Exception {
            postgres.close();
        }

        void start() throws Exception {
            postgres = DatabaseOutageTest.this.start(port);
        }

        @Override
        public void close() throws Exception {
            postgres.close();
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
                "--zhiben.embedded-postgres.supervision.first-restart-delay=" + EMBEDDED_RESTART_DELAY.toSeconds() + "s",
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
        return getAsync(uri, token).join();
    }

    private CompletableFuture<HttpResponse<String>> getAsync(String uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(15)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
        return tokenResponseAsync(base, clientId, secret).join();
    }

    private CompletableFuture<HttpResponse<String>> tokenResponseAsync(String base, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
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
