package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.IssuedPassword;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The lockout holds when logins arrive at once: real HTTP form logins, in parallel, against the running application on
 * its PostgreSQL. Every failure counts, the account locks, no attempt answers 500, and the audit trail has one
 * {@code user.sign-in-failed} per refused attempt and one {@code user.locked}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// MockMvc, unused here, makes this the configuration of the browser tests: one cached context serves all
@AutoConfigureMockMvc
class ParallelLoginLockoutTest {

    static final String PASSWORD = "Correct-Horse-42";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CreateUser createUser;

    @Autowired
    ChangeOwnPassword changeOwnPassword;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forty_simultaneous_logins_of_which_thirty_nine_are_wrong_lock_the_account_and_none_fails_with_500()
            throws Exception {
        Account account = account();
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            passwords.add("Wrong-Password-" + i);
        }
        passwords.add(20, PASSWORD);

        List<Answer> answers = loginAtOnce(account.username(), passwords);

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(statuses).as("statuses").containsOnlyKeys(302);
        assertThat(answers).extracting(Answer::location)
                .allSatisfy(location -> assertThat(location).matches(".*/(login\\?error|login\\?locked)?$"));
        Instant lockedUntil = jdbc.queryForObject(
                "SELECT locked_until FROM identity.user_account WHERE id = ?", Instant.class, account.id());
        assertThat(lockedUntil).as("locked until").isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        long refused = answers.stream().filter(a -> a.location().contains("/login?")).count();
        assertThat(audited(account, "user.sign-in-failed")).isEqualTo(refused);
        assertThat(audited(account, "user.locked")).isEqualTo(1);
        assertThat(audited(account, "user.signed-in")).isEqualTo(40 - refused);
        // locked now: even the right password is refused
        assertThat(loginAtOnce(account.username(), List.of(PASSWORD)).get(0).location()).endsWith("/login?locked");
    }

    @Test
    void four_wrong_passwords_at_once_all_count_and_the_fifth_locks() throws Exception {
        Account account = account();

        List<Answer> answers = loginAtOnce(account.username(),
                List.of("Wrong-Password-1", "Wrong-Password-2", "Wrong-Password-3", "Wrong-Password-4"));

        assertThat(answers).extracting(Answer::status).containsOnly(302);
        assertThat(answers).extracting(Answer::location).allSatisfy(l -> assertThat(l).endsWith("/login?error"));
        assertThat(jdbc.queryForObject("SELECT consecutive_failed_logins FROM identity.user_account WHERE id = ?",
                Integer.class, account.id())).isEqualTo(4);
        assertThat(loginAtOnce(account.username(), List.of("Wrong-Password-5")).get(0).location())
                .endsWith("/login?locked");
        assertThat(audited(account, "user.sign-in-failed")).isEqualTo(5);
        assertThat(audited(account, "user.locked")).isEqualTo(1);
    }

    @Test
    void a_sign_in_is_audited_without_the_password_and_an_unknown_username_is_not_audited() throws Exception {
        Account account = account();
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(loginAtOnce(account.username(), List.of(PASSWORD)).get(0).location()).doesNotContain("/login");
        assertThat(loginAtOnce(stranger, List.of(PASSWORD)).get(0).location()).endsWith("/login?error");

        assertThat(jdbc.queryForList("SELECT username, role, action, change FROM audit.entry WHERE entity_type = "
                + "'user' AND entity_id = ? AND action LIKE 'user.sign%'", account.id().toString()))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("username")).isEqualTo(account.username());
                    assertThat(row.get("role")).isEqualTo("COUNTY_OFFICER");
                    assertThat(row.get("action")).isEqualTo("user.signed-in");
                });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE at > now() - interval '5 minutes' AND ("
                + "username = ? OR entity_id = ? OR change LIKE ? OR change LIKE ?)", Long.class, stranger, stranger,
                "%" + stranger + "%", "%" + PASSWORD + "%")).isZero();
    }

    record Account(UUID id, String username) {
    }

    record Answer(int status, String location) {
    }

    private Account account() {
        String username = "par-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(username),
                "Test", RoleAssignment.ofJurisdiction(UnitCode.of("AKTO_GOV"), JurisdictionCode.of("653022"),
                        Role.COUNTY_OFFICER)));
        changeOwnPassword.change(new Actor(username, "COUNTY_OFFICER", "AKTO_GOV"),
                new ChangeOwnPasswordCommand(Username.of(username), issued.oneTimePassword(), PASSWORD));
        return new Account(issued.userId().value(), username);
    }

    private long audited(Account account, String action) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE entity_type = 'user' AND entity_id = ? "
                + "AND action = ?", Long.class, account.id().toString(), action);
    }

    /**
     * Each password from its own client (own session and CSRF token, fetched first from the login page), then all
     * the logins released together.
     */
    private List<Answer> loginAtOnce(String username, List<String> passwords) throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (String password : passwords) {
            attempts.add(prepare(username, password));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Attempt attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> response = attempt.client().send(attempt.request(),
                            HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""));
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    record Attempt(HttpClient client, HttpRequest request) {
    }

    private Attempt prepare(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpRequest request = HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return new Attempt(client, request);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
