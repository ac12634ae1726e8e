package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.UnitCode;

/**
 * The real embedded server against clients that hold on to it: a body trickled in byte by byte, more requests at once
 * than the database pool has connections. The limits are those of {@code application.yaml}
 * made short for the test (2 s instead of 20 s for Tomcat's timeouts and 10 s for the body's grace period, a pool of
 * 3 connections waited for at most 2 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.connection-timeout=2s",
        "server.tomcat.keep-alive-timeout=2s",
        "server.tomcat.threads.max=12",
        "zhiben.http.request-body.grace=2s",
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureMockMvc
class ConnectionLimitsTest {

    private static final String PASSWORD = "Limits-Test-2026!";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CreateUser createUser;
    @Autowired
    ChangeOwnPassword changeOwnPassword;
    @Autowired
    RegisterApiClient registerApiClient;
    @Autowired
    WebServerApplicationContext context;

    private String session;
    private String csrf;

    @BeforeEach
    void signIn() throws Exception {
        String name = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        RoleAssignment assignment = RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN);
        var issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(name), "连接测试", assignment));
        changeOwnPassword.change(new Actor(name, Role.COMMITTEE_ADMIN.name(), "ACO"),
                new ChangeOwnPasswordCommand(Username.of(name), issued.oneTimePassword(), PASSWORD));
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrfOf(loginPage)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        session = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        csrf = csrfOf(client.send(HttpRequest.newBuilder(url("/enterprises/import")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void a_body_trickled_in_byte_by_byte_is_cut_off_while_other_requests_are_served() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean done = new AtomicBoolean();
        try {
            Future<Long> slowest = pool.submit(new RawHttp(port).healthLatencyUntil(done));
            List<Future<Duration>> trickles = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                trickles.add(pool.submit(this::trickleUpload));
            }
            for (Future<Duration> trickle : trickles) {
                // cut off after the 2 s grace period, not when the body would have been complete (200 s)
                assertThat(trickle.get(15, TimeUnit.SECONDS)).isBetween(Duration.ofMillis(1500),
                        Duration.ofSeconds(8));
            }
            done.set(true);
            assertThat(slowest.get(5, TimeUnit.SECONDS)).as("slowest health check (ms)").isLessThan(1500);
            assertThat(busyThreadsSettle(Duration.ofSeconds(5))).as("request threads still busy")
                    .isLessThanOrEqualTo(1);
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    /** Sends a multipart upload's headers, then its body a byte every 100 ms; the time until the server answers. */
    private Duration trickleUpload() throws IOException {
        String boundary = "----trickle" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(2000) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /enterprises/import HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
                    + "\r\nX-CSRF-TOKEN: " + csrf + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Instant start = Instant.now();
            InputStream in = socket.getInputStream();
            for (byte b : body) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException closed) {
                    return Duration.between(start, Instant.now());
                }
                if (in.available() > 0) {
                    Duration answered = Duration.between(start, Instant.now());
                    String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                    assertThat(status).as("answer to the trickled body").isEqualTo("HTTP/1.1 408");
                    return answered;
                }
                sleep(100);
            }
            return Duration.ofDays(1);
        }
    }

    @Test
    void more_requests_than_the_pool_has_connections_answer_503_with_a_problem_then_succeed() throws Exception {
        String token = TestCallers.accessToken(registerApiClient, mvc, DataScope.wholePrefecture(),
                EnterprisePermissions.READ);
        RawHttp http = new RawHttp(port);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token);
        assertThat(http.send("GET", "/api/v1/enterprises", headers, null).status()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    held.add(dataSource.getConnection());
                }
                List<Future<RawHttp.Response>> answers = new ArrayList<>();
                Instant start = Instant.now();
                for (int i = 0; i < 6; i++) {
                    answers.add(pool.submit(() -> http.send("GET", "/api/v1/enterprises", headers, null)));
                }
                for (Future<RawHttp.Response> answer : answers) {
                    RawHttp.Response response = answer.get(10, TimeUnit.SECONDS);
                    assertThat(response.status()).as(response.body()).isEqualTo(503);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.body()).contains("\"code\":\"server.unavailable\"");
                    assertThat(response.header("Retry-After")).isNotBlank();
                }
                // each waited the pool's 2 s for a connection, none hung
                assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> http.send("GET", "/api/v1/enterprises", headers, null)));
            }
            for (Future<RawHttp.Response> answer : answers) {
                // six at once on three connections: they queue for one and all succeed
                assertThat(answer.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The request threads busy once the cut-off connections are released (waits at most {@code wait} for them). */
    private int busyThreadsSettle(Duration wait) {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        var executor = (org.apache.tomcat.util.threads.ThreadPoolExecutor) server.getTomcat().getConnector()
                .getProtocolHandler().getExecutor();
        long deadline = System.nanoTime() + wait.toNanos();
        while (executor.getActiveCount() > 1 && System.nanoTime() < deadline) {
            sleep(100);
        }
        return executor.getActiveCount();
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
