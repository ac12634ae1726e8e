package org.zhiben.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiben.benchmarks.BenchmarkReport;

/**
 * Hazard intake over the API against the database's own limit. The application runs in its own process on its
 * embedded PostgreSQL (fsync, {@code synchronous_commit} and {@code full_page_writes} on); this process is the load
 * driver. At concurrency 1, 8 and 32 it measures {@code POST /api/v1/hazards} — authenticated by an API client's bearer
 * token, validated, determined, numbered, audited, its event published, its idempotency key kept — and, in the same run
 * and on the same PostgreSQL, the baseline: the same hazard row inserted by plain JDBC, one transaction each, from as
 * many connections. A second baseline at concurrency 8 commits without waiting for the WAL flush
 * ({@code synchronous_commit = off}), which shows what durability costs.
 */
class IntakeBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("zhiben.intake.warmup", 10));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("zhiben.intake.seconds", 20));
    private static final String ADMIN_INITIAL = "Zb-Initial-Secret-2026";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private ApplicationProcess application;
    private String clientSecret;
    private String enterpriseId;

    @Test
    void intake_over_the_api_against_plain_jdbc_inserts() throws Exception {
        application = new ApplicationProcess(work, Map.of("ZHIBEN_ADMIN_INITIAL_PASSWORD", ADMIN_INITIAL,
                "ZHIBEN_API_RATE_LIMIT", "100000000"), jvmOptions());
        try {
            double startSeconds = application.start();
            WebSession admin = WebSession.firstSignIn(application, "admin", ADMIN_INITIAL, "Zb-Changed-Secret-2026");
            enterpriseId = CrashUnderIntakeLoad.registerEnterprise(admin);
            clientSecret = CrashUnderIntakeLoad.registerApiClient(admin);
            token.set(obtainToken());

            List<Row> rows = new ArrayList<>();
            for (int concurrency : new int[] {1, 8, 32}) {
                Measured api = LoadDriver.run(concurrency, WARM_UP, MEASURED, this::registerOverTheApi);
                Measured jdbc = jdbcBaseline(concurrency, true);
                rows.add(new Row(concurrency, api, jdbc));
            }
            Measured asynchronous = jdbcBaseline(8, false);
            Row eight = rows.get(1);

            StringBuilder table = new StringBuilder("""
                    ## Hazard intake over the API against plain JDBC inserts

                    `POST /api/v1/hazards` (bearer token, validation, determination, number, audit entry, event
                    publication, idempotency key) from a load driver in another process (the application's JVM: `-Xmx1g`, default JIT), against the baseline measured
                    in the same run on the same PostgreSQL: the same hazard row inserted by plain JDBC, one transaction
                    each, from as many connections. Warm-up %d s, then %d s measured per line. Command:
                    `./mvnw -Pbenchmarks -pl adapters -am verify -Dit.test=IntakeBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false`
                    (`-Dzhiben.intake.warmup=<s> -Dzhiben.intake.seconds=<s>` change the durations).

                    | concurrency | API requests/s | API p50 | API p99 | JDBC inserts/s | JDBC p50 | JDBC p99 | API / JDBC |
                    |---|---|---|---|---|---|---|---|
                    """.formatted(WARM_UP.toSeconds(), MEASURED.toSeconds()));
            for (Row row : rows) {
                table.append("| %d | %,.0f | %.1f ms | %.1f ms | %,.0f | %.1f ms | %.1f ms | %.2f |%n".formatted(
                        row.concurrency(), row.api().perSecond(), row.api().p50(), row.api().p99(),
                        row.jdbc().perSecond(), row.jdbc().p50(), row.jdbc().p99(),
                        row.api().perSecond() / row.jdbc().perSecond()));
            }
            table.append("""

                    Goal at concurrency 8: at least 0.6× the baseline with p99 under 50 ms — measured %.2f× with p99
                    %.1f ms (%s).

                    What durability costs: at concurrency 8 the JDBC baseline commits %,.0f rows/s waiting for the WAL
                    flush (`synchronous_commit = on`, fsync on) and %,.0f rows/s without waiting (`off`), %.2f× as
                    many. The application start took %.1f s; the machine's load average at the end of the run was
                    %.1f.
                    """.formatted(eight.api().perSecond() / eight.jdbc().perSecond(), eight.api().p99(),
                    eight.api().perSecond() / eight.jdbc().perSecond() >= 0.6 && eight.api().p99() < 50
                            ? "met" : "not met",
                    eight.jdbc().perSecond(), asynchronous.perSecond(),
                    asynchronous.perSecond() / eight.jdbc().perSecond(), startSeconds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            BenchmarkReport.write("intake", table.toString());
            assertThat(rows).allSatisfy(row -> assertThat(row.api().requests()).isPositive());
        } finally {
            application.stop();
        }
    }

    /**
     * The application's JVM options: {@code -Xmx1g}, then those of {@code -Dzhiben.intake.jvm-options} (separated by
     * blanks), e.g. {@code -XX:StartFlightRecording=filename=intake.jfr,settings=profile} for a profile of the load.
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        String extra = System.getProperty("zhiben.intake.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return options;
    }

    /** One registration; throws unless it is acknowledged with 201. */
    private void registerOverTheApi(int client, long n) throws Exception {
        String key = "intake-%d-%d-%s".formatted(client, n, UUID.randomUUID());
        String body = """
                {"enterpriseId": "%s", "location": "二号仓库东侧", "description": "危险化学品储罐区安全阀失效",
                 "discoveredOn": "%s", "channel": "SUPERVISORY_INSPECTION", "sourceReference": "%s"}
                """.formatted(enterpriseId, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), key);
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(application.uri("/api/v1/hazards"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token.get())
                    .header("Idempotency-Key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 401) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            token.set(obtainToken());
        }
        throw new IllegalStateException("the token was refused twice");
    }

    /**
     * The baseline: a hazard row the API stored, inserted again and again by plain JDBC with a new id, number and source
     * reference, one transaction each, from {@code concurrency} connections of their own.
     */
    private Measured jdbcBaseline(int concurrency, boolean synchronousCommit) throws Exception {
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        String[] template;
        try (Connection connection = application.database().orElseThrow(); Statement statement =
                connection.createStatement()) {
            try (ResultSet found = statement.executeQuery("SELECT column_name, udt_name FROM information_schema.columns "
                    + "WHERE table_schema = 'hazards' AND table_name = 'major_hazard' ORDER BY ordinal_position")) {
                while (found.next()) {
                    columns.add(found.getString(1));
                    types.add(found.getString(2));
                }
            }
            String select = "SELECT " + String.join(", ", columns.stream().map(c -> c + "::text").toList())
                    + " FROM hazards.major_hazard WHERE source_reference LIKE 'intake-%' LIMIT 1";
            try (ResultSet row = statement.executeQuery(select)) {
                assertThat(row.next()).as("a hazard registered over the API").isTrue();
                template = new String[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    template[i] = row.getString(i + 1);
                }
            }
        }
        String insert = "INSERT INTO hazards.major_hazard (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", types.stream().map(type -> "?::" + type).toList()) + ")";
        int id = columns.indexOf("id");
        int number = columns.indexOf("number");
        int reference = columns.indexOf("source_reference");
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (int i = 0; i < concurrency; i++) {
                Connection connection = application.database().orElseThrow();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET synchronous_commit = " + (synchronousCommit ? "on" : "off"));
                }
                connections.add(connection);
                statements.add(connection.prepareStatement(insert));
            }
            return LoadDriver.run(concurrency, WARM_UP, MEASURED, (client, n) -> {
                PreparedStatement statement = statements.get(client);
                String[] values = Arrays.copyOf(template, template.length);
                values[id] = UUID.randomUUID().toString();
                values[number] = "J-%d-%d-%s".formatted(client, n, UUID.randomUUID().toString().substring(0, 8));
                values[reference] = "jdbc-" + values[number];
                for (int i = 0; i < values.length; i++) {
                    statement.setString(i + 1, values[i]);
                }
                statement.executeUpdate();
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private String obtainToken() throws Exception {
        return CrashUnderIntakeLoad.token(http, application, clientSecret);
    }

    private record Row(int concurrency, Measured api, Measured jdbc) {
    }

    /** Requests completed in the measured window, their rate and latency percentiles in milliseconds. */
    record Measured(long requests, double perSecond, double p50, double p99) {
    }

    /** Runs an operation from {@code concurrency} threads: a warm-up, then a measured window. */
    static final class LoadDriver {

        interface Operation {
            void call(int client, long n) throws Exception;
        }

        static Measured run(int concurrency, Duration warmUp, Duration measured, Operation operation)
                throws InterruptedException {
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<long[]> latencies = new ArrayList<>();
            int[] counts = new int[concurrency];
            CountDownLatch done = new CountDownLatch(concurrency);
            for (int c = 0; c < concurrency; c++) {
                long[] own = new long[1 << 20];
                latencies.add(own);
                int client = c;
                Thread thread = new Thread(() -> {
                    try {
                        for (long n = 0; !stop.get(); n++) {
                            long begin = System.nanoTime();
                            operation.call(client, n);
                            long took = System.nanoTime() - begin;
                            if (measuring.get() && !stop.get() && counts[client] < own.length) {
                                own[counts[client]++] = took;
                            }
                        }
                    } catch (Throwable failed) {
                        failure.compareAndSet(null, failed);
                        stop.set(true);
                    } finally {
                        done.countDown();
                    }
                }, "load-" + client);
                thread.start();
            }
            Thread.sleep(warmUp.toMillis());
            long begin = System.nanoTime();
            measuring.set(true);
            Thread.sleep(measured.toMillis());
            stop.set(true);
            double seconds = (System.nanoTime() - begin) / 1e9;
            done.await();
            if (failure.get() != null) {
                throw new IllegalStateException("the load failed", failure.get());
            }
            int total = Arrays.stream(counts).sum();
            long[] all = new long[total];
            int at = 0;
            for (int c = 0; c < concurrency; c++) {
                System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
            Arrays.sort(all);
            return new Measured(total, total / seconds, percentile(all, 0.50), percentile(all, 0.99));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
