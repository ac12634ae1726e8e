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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
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
 * The database goes away while the application runs, as an external PostgreSQL would ({@code SPRING_DATASOURCE_URL}):
 * requests fail fast with 503 and a problem, health reports DOWN, and once the database is back the application
 * recovers by itself, with nothing lost. The outage lasts {@code zhiben.outage-seconds} (5 here; 30 with
 * {@code -Dzhiben.outage-seconds=30}).
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("zhiben.outage-seconds", 5));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void requests_fail_fast_with_503_while_the_database_is_down_and_the_application_recovers_by_itself()
            throws Exception {
        int port = freePort();
        EmbeddedPostgres database = start(port);
        try (ConfigurableApplicationContext application = application(port)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
            ClientId clientId = ClientId.of("outage-" + Long.toHexString(System.nanoTime()));
            String secret = application.getBean(RegisterApiClient.class).register(Actor.SYSTEM,
                    new RegisterApiClientCommand(clientId, "停库演练系统", "州应急管理局",
                            Set.of(EnterprisePermissions.READ), DataScope.wholePrefecture())).secret();
            String token = token(base, clientId.value(), secret);
            assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health", null).statusCode()).isEqualTo(200);

            database.close();
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

            database = start(port);
            assertThat(Eventually.await(() -> status(base + "/actuator/health"), status -> status == 200))
                    .as("health is UP again once the database is back").isEqualTo(200);
            assertThat(get(base + "/api/v1/enterprises?size=1", token).statusCode()).isEqualTo(200);
            // the client registered before the outage is still there: it gets a new token
            assertThat(tokenResponse(base, clientId.value(), secret).statusCode()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("timezone", "UTC").setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C").setRegisterShutdownHook(false).start();
    }

    /** The application on an external PostgreSQL, as {@code SPRING_DATASOURCE_URL} gives it (arguments win over the
     * application's own settings). */
    private static ConfigurableApplicationContext application(int port) {
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
