package org.zhiben.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.zhiben.enterprises.web.TestCreditCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash without loss: the application, in its own process on its embedded PostgreSQL, takes hazard registrations
 * ({@code POST /api/v1/hazards}, bearer token of an API client, one {@code Idempotency-Key} per registration) from 8
 * clients at once and is killed with {@code kill -9} at a random moment, then restarted on the same data folder; so
 * on, {@code kills} times. A client resends a registration that got no answer, with the same key, until it is
 * acknowledged (2xx), as the API guide tells clients to do. Afterwards the run counts, in the database: the
 * acknowledged registrations found, missing and duplicated (by the key, which is also the hazard's source reference);
 * the event publications still incomplete after a grace period, and of those that were incomplete when a run was
 * killed, how many were delivered after the restart; the hazards the reporting stock listener
 * ({@code HazardStockListener}) has not recorded; the registrations not audited exactly once; and whether the audit
 * chain verifies ({@code GET /api/v1/audit/verification}, as an auditor).
 */
public final class CrashUnderIntakeLoad {

    static final int CLIENTS = 8;
    private static final String ADMIN_INITIAL = "Zb-Initial-Secret-2026";
    private static final String ADMIN_PASSWORD = "Zb-Changed-Secret-2026";
    private static final String AUDITOR_PASSWORD = "Zb-Own-Secret-Pass-2026";
    private static final Duration GRACE = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one run did and found. */
    public record Figures(int kills, long seed, int registrationsSent, int acknowledged, int acknowledgedBeforeAKill,
                          int found, int missing, int duplicates, int unexpectedRows, int otherHazardThanAnswered,
                          int resentAcrossAKill, int outstandingAtKills, int deliveredAfterRestart,
                          long incompleteAfterGrace, int notInStockReadModel, int notAuditedOnce,
                          boolean auditChainIntact, long auditEntriesChecked, List<Double> restartSeconds,
                          Map<Integer, Long> answers, List<String> unexpectedAnswers, double runSeconds) {
    }

    /** What the run must show: nothing acknowledged lost, nothing twice, every event delivered, the chain intact. */
    public static void assertWithoutLoss(Figures figures) {
        assertThat(figures.unexpectedAnswers()).as("answers other than 201, 401, 429 or 503").isEmpty();
        assertThat(figures.acknowledged()).as("every registration sent was acknowledged in the end")
                .isEqualTo(figures.registrationsSent());
        assertThat(figures.acknowledgedBeforeAKill()).isPositive();
        assertThat(figures.missing()).as("acknowledged registrations missing").isZero();
        assertThat(figures.found()).isEqualTo(figures.acknowledged());
        assertThat(figures.duplicates()).as("registrations stored twice").isZero();
        assertThat(figures.unexpectedRows()).isZero();
        assertThat(figures.otherHazardThanAnswered()).as("a key whose stored hazard is not the one answered").isZero();
        assertThat(figures.incompleteAfterGrace()).as("event publications still incomplete").isZero();
        assertThat(figures.deliveredAfterRestart()).as("publications left incomplete by a kill, delivered since")
                .isEqualTo(figures.outstandingAtKills());
        assertThat(figures.notInStockReadModel()).as("hazards the stock listener never recorded").isZero();
        assertThat(figures.notAuditedOnce()).as("registrations not audited exactly once").isZero();
        assertThat(figures.auditChainIntact()).as("the audit chain verifies").isTrue();
        assertThat(figures.auditEntriesChecked()).isGreaterThanOrEqualTo(figures.found());
    }

    private final int kills;
    private final long seed;
    private final Random random;
    private final ApplicationProcess application;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final AtomicInteger epoch = new AtomicInteger();
    private final AtomicBoolean stopSending = new AtomicBoolean();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Set<String> resentAcrossAKill = ConcurrentHashMap.newKeySet();
    private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<String> unexpectedAnswers = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> outstandingAtKills = new HashSet<>();
    private volatile String token;
    private String clientSecret;
    private String enterpriseId;

    public CrashUnderIntakeLoad(Path work, int kills, long seed) {
        this.kills = kills;
        this.seed = seed;
        this.random = new Random(seed);
        this.application = new ApplicationProcess(work, Map.of(
                "ZHIBEN_ADMIN_INITIAL_PASSWORD", ADMIN_INITIAL,
                // the test measures crashes, not the per-client rate limit
                "ZHIBEN_API_RATE_LIMIT", "1000000"));
    }

    public Figures run() throws Exception {
        long begin = System.nanoTime();
        List<Double> restarts = new ArrayList<>();
        int acknowledgedBeforeAKill = 0;
        try {
            application.start();
            WebSession admin = WebSession.firstSignIn(application, "admin", ADMIN_INITIAL, ADMIN_PASSWORD);
            enterpriseId = registerEnterprise(admin);
            clientSecret = registerApiClient(admin);
            String auditorOneTimePassword = createAuditor(admin);
            token = obtainToken();

            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Thread thread = new Thread(() -> send(client), "intake-client-" + client);
                thread.start();
                clients.add(thread);
            }
            for (int kill = 1; kill <= kills; kill++) {
                awaitAcknowledgements(acknowledged.size() + 20 + random.nextInt(60));
                Thread.sleep(random.nextInt(1500));
                acknowledgedBeforeAKill = acknowledged.size();
                epoch.incrementAndGet();
                application.kill();
                recordOutstandingPublications();
                restarts.add(application.start());
            }
            awaitAcknowledgements(acknowledged.size() + 20);
            stopSending.set(true);
            for (Thread client : clients) {
                client.join(120_000);
                if (client.isAlive()) {
                    client.interrupt();
                    throw new IllegalStateException(client.getName() + " got no answer for two minutes:\n"
                            + application.logTail());
                }
            }
            long incomplete = awaitPublicationsComplete();
            WebSession auditor = WebSession.firstSignIn(application, "crash.auditor", auditorOneTimePassword,
                    AUDITOR_PASSWORD);
            JsonNode verification = JSON.readTree(WebSession.expect(auditor.get("/api/v1/audit/verification"), 200,
                    "audit verification").body());
            return figures(incomplete, verification, restarts, acknowledgedBeforeAKill,
                    (System.nanoTime() - begin) / 1e9);
        } finally {
            stopSending.set(true);
            application.stop();
        }
    }

    // ------------------------------------------------------------------------------------------------- set-up

    static String registerEnterprise(WebSession admin) throws Exception {
        HttpResponse<String> created = WebSession.expect(admin.postJson("/api/v1/enterprises", """
                {"creditCode": "%s", "name": "阿克陶县崩溃测试化工有限公司", "jurisdiction": "653022",
                 "industry": "INDUSTRY_TRADE", "address": "阿克陶县光明路1号", "principalName": "张三",
                 "principalPhone": "139 1234 5678", "controllerName": "李四", "controllerPhone": "0908-4221234"}
                """.formatted(TestCreditCodes.random())), 201, "enterprise registration");
        return JSON.readTree(created.body()).get("id").asString();
    }

    /** An API client {@code crash-intake} that may report hazards, prefecture-wide; returns its secret. */
    static String registerApiClient(WebSession admin) throws Exception {
        HttpResponse<String> created = WebSession.expect(admin.postJson("/api/v1/identity/api-clients", """
                {"clientId": "crash-intake", "name": "隐患登记系统", "owner": "自治州应急管理局",
                 "scopes": ["hazards:report", "hazards:read"], "dataScope": {"prefectureWide": true}}
                """), 201, "API client registration");
        return JSON.readTree(created.body()).get("secret").asString();
    }

    private String createAuditor(WebSession admin) throws Exception {
        HttpResponse<String> created = WebSession.expect(admin.postJson("/api/v1/identity/users", """
                {"username": "crash.auditor", "displayName": "审计人员", "roles": ["AUDITOR"], "unit": "ACO"}
                """), 201, "auditor account");
        return JSON.readTree(created.body()).get("oneTimePassword").asString();
    }

    private synchronized String obtainToken() throws Exception {
        return token(http, application, clientSecret);
    }

    /** A bearer token of the API client {@link #registerApiClient} registered. */
    static String token(HttpClient http, ApplicationProcess application, String clientSecret) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("crash-intake:" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(application.uri("/oauth2/token"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode("hazards:report hazards:read", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        WebSession.expect(issued, 200, "token");
        return JSON.readTree(issued.body()).get("access_token").asString();
    }

    // ------------------------------------------------------------------------------------------------- the load

    /** One client: registers hazard after hazard, each resent with its key until acknowledged. */
    private void send(int client) {
        LocalDate discovered = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        for (int n = 1; !stopSending.get(); n++) {
            String key = "crash-%d-%06d".formatted(client, n);
            String body = """
                    {"enterpriseId": "%s", "location": "二号仓库东侧", "description": "危险化学品储罐区安全阀失效",
                     "discoveredOn": "%s", "channel": "SUPERVISORY_INSPECTION", "sourceReference": "%s"}
                    """.formatted(enterpriseId, discovered, key);
            sent.add(key);
            int firstEpoch = epoch.get();
            int attempts = 0;
            while (true) {
                attempts++;
                int status = attempt(key, body);
                if (status == 201) {
                    if (attempts > 1 && epoch.get() != firstEpoch) {
                        resentAcrossAKill.add(key);
                    }
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                pause(status < 0 ? 100 : 200);
            }
        }
    }

    /** Sends one registration; the answer's status, or -1 when none came (connection refused or cut). */
    private int attempt(String key, String body) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(application.uri("/api/v1/hazards"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            count(-1);
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
        int status = response.statusCode();
        count(status);
        if (status == 201) {
            String location = response.headers().firstValue("Location").orElse("");
            String previous = acknowledged.putIfAbsent(key, location.substring(location.lastIndexOf('/') + 1));
            if (previous != null) {
                unexpectedAnswers.add(key + " acknowledged twice");
            }
        } else if (status == 401) {
            try {
                token = obtainToken();
            } catch (Exception notNow) {
                // the application is restarting; the next attempt tries again
            }
        } else if (status != 429 && status != 503) {
            unexpectedAnswers.add(key + ": " + status + " " + response.body());
        }
        return status;
    }

    private void count(int status) {
        answers.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    private void awaitAcknowledgements(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + acknowledged.size() + " of " + count
                        + " registrations acknowledged after two minutes; answers " + answers + ":\n"
                        + application.logTail());
            }
            Thread.sleep(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------- checks

    /** The publications the killed run left incomplete, read from its PostgreSQL, still running orphaned. */
    private void recordOutstandingPublications() throws Exception {
        Thread.sleep(300);
        Optional<Connection> orphan = application.database();
        if (orphan.isEmpty()) {
            return;
        }
        try (Connection connection = orphan.get(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select id from event_publication where completion_date is null")) {
            while (rs.next()) {
                outstandingAtKills.add(rs.getString(1));
            }
        } catch (SQLException gone) {
            // the orphaned PostgreSQL ended meanwhile: nothing to count
        }
    }

    private long awaitPublicationsComplete() throws Exception {
        long deadline = System.nanoTime() + GRACE.toNanos();
        long incomplete;
        do {
            Thread.sleep(250);
            incomplete = count("select count(*) from event_publication where completion_date is null");
        } while (incomplete > 0 && System.nanoTime() < deadline);
        return incomplete;
    }

    private Figures figures(long incomplete, JsonNode verification, List<Double> restarts, int acknowledgedBeforeAKill,
                            double seconds) throws Exception {
        Map<String, List<String>> rows = new HashMap<>();
        int notInStock;
        int notAuditedOnce;
        int delivered = 0;
        try (Connection connection = application.database().orElseThrow();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select source_reference, id from hazards.major_hazard "
                    + "where source_reference like 'crash-%'")) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            notInStock = single(statement, "select count(*) from hazards.major_hazard h where h.source_reference "
                    + "like 'crash-%' and not exists (select 1 from reporting.stock_fact f where f.hazard_id = h.id "
                    + "and f.kind = 'REGISTERED')");
            notAuditedOnce = single(statement, "select count(*) from hazards.major_hazard h where h.source_reference "
                    + "like 'crash-%' and (select count(*) from audit.entry a where a.action = 'hazard.registered' "
                    + "and a.entity_id = h.id::text) <> 1");
            for (String id : outstandingAtKills) {
                try (ResultSet rs = statement.executeQuery("select completion_date is not null from event_publication "
                        + "where id = '" + id + "'")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        delivered++;
                    }
                }
            }
        }
        int found = 0;
        int missing = 0;
        int otherHazard = 0;
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            List<String> ids = rows.get(ack.getKey());
            if (ids == null) {
                missing++;
            } else {
                found++;
                if (!ids.contains(ack.getValue())) {
                    otherHazard++;
                }
            }
        }
        int duplicates = (int) rows.values().stream().filter(ids -> ids.size() > 1).count();
        int unexpectedRows = (int) rows.keySet().stream().filter(key -> !sent.contains(key)).count();
        Map<Integer, Long> answered = new TreeMap<>();
        answers.forEach((status, n) -> answered.put(status, n.sum()));
        return new Figures(kills, seed, sent.size(), acknowledged.size(), acknowledgedBeforeAKill, found, missing,
                duplicates, unexpectedRows, otherHazard, resentAcrossAKill.size(), outstandingAtKills.size(),
                delivered, incomplete, notInStock, notAuditedOnce, verification.get("intact").asBoolean(),
                verification.get("entriesChecked").asLong(), restarts, answered, List.copyOf(unexpectedAnswers),
                seconds);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = application.database().orElseThrow(() -> new SQLException("no database"));
             Statement statement = connection.createStatement()) {
            return single(statement, sql);
        }
    }

    private static int single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
