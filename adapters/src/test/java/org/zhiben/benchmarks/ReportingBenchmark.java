package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhiben.ZhibenApplication;
import org.zhiben.enforcement.persistence.ReporterCipher;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.application.ReadStockRebuilds;
import org.zhiben.reporting.application.StartStockRebuild;
import org.zhiben.reporting.jobs.StockRebuildJob;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 on the generated data set ({@link BenchmarkData}; {@code -Dzhiben.benchmark.size=large} by default, or
 * {@code small}): the application runs on its own embedded PostgreSQL (fsync on, as shipped) with a data folder under
 * {@code target/benchmark-data}, kept between runs so that the data set is generated and copied in once. Each run
 * rebuilds the stock read model through its use case (progress read from the rebuild's record), then measures, warm,
 * one county's and one member unit's 附表1 for a month and the prefecture roll-up through {@link StockTables}, and
 * beside them, in the same run, a hand-written SQL aggregate computing the same figures straight from the hazards'
 * rows and histories ({@code hazards.major_hazard}); the totals of both must agree.
 */
class ReportingBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final Actor BENCHMARK = new Actor("benchmark", "COMMITTEE_ADMIN", "ACO");

    @Test
    void monthly_tables_from_the_read_model_against_hand_written_sql() throws Exception {
        BenchmarkData.Size size = BenchmarkData.Size.of(System.getProperty("zhiben.benchmark.size", "large"));
        long seed = Long.getLong("zhiben.benchmark.seed", BenchmarkData.DEFAULT_SEED);
        String name = size.name().toLowerCase() + "-" + seed;
        Path dir = Path.of("target", "benchmark-data", name).toAbsolutePath();
        Files.createDirectories(dir);
        LoadSampler load = new LoadSampler();
        StringBuilder notes = new StringBuilder();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhibenApplication.class)
                .properties(Map.of("ZHIBEN_DATA_DIR", dir.toString(), "server.port", "0",
                        "spring.main.banner-mode", "off"))
                .run()) {
            DataSource dataSource = app.getBean(DataSource.class);
            String loaded = BenchmarkDataLoader.loaded(dataSource);
            if (loaded == null) {
                long start = System.nanoTime();
                BenchmarkData data = BenchmarkData.generate(size, seed, BenchmarkDataLoader.prefecture(dataSource),
                        BenchmarkDataLoader.industries(dataSource));
                BenchmarkDataLoader.load(dataSource, data, name, done -> log("copied %,d hazards after %.0f s", done,
                        (System.nanoTime() - start) / 1e9), app.getBean(ReporterCipher.class));
                log("data set %s generated and loaded in %.0f s", name, (System.nanoTime() - start) / 1e9);
            } else {
                assertThat(loaded).as("the data set in " + dir).isEqualTo(name);
            }
            DataSetFacts facts = facts(dataSource);
            log("data set: %s", facts);

            // the read model, rebuilt through its own use case, progress read from the rebuild's record
            Rebuild rebuild = rebuild(app);

            StockTables tables = app.getBean(StockTables.class);
            ReportingUnits units = app.getBean(ReportingUnits.class);
            ReportingUnit county = units.findByCode(UnitCode.of("BENCH_COUNTY_0001")).orElseThrow();
            ReportingUnit member = units.findByCode(UnitCode.of("EMB")).orElseThrow();
            List<String> countyJurisdictions = county.jurisdictions().stream().map(JurisdictionCode::value).toList();
            List<String> memberIndustries = member.industries().stream().map(i -> i.value()).toList();
            HandWrittenSql sql = new HandWrittenSql(dataSource, MONTH);

            Stats countyModel = measure(5, 30, () -> tables.ofUnit(county.code(), MONTH).total());
            Stats countySql = measure(5, 30, () -> sql.figures(countyJurisdictions, null));
            Stats memberModel = measure(3, 15, () -> tables.ofUnit(member.code(), MONTH).total());
            Stats memberSql = measure(2, 5, () -> sql.figures(null, memberIndustries));
            Stats rollUpModel = measure(2, 10, () -> tables.rollUp(MONTH));
            Stats prefectureSql = measure(1, 5, () -> sql.figures(null, null));

            StockRollUp rollUp = tables.rollUp(MONTH);
            compare("county " + county.code().value(), tables.ofUnit(county.code(), MONTH).total(),
                    sql.figures(countyJurisdictions, null), notes);
            compare("member unit EMB", tables.ofUnit(member.code(), MONTH).total(), sql.figures(null, memberIndustries),
                    notes);
            compare("prefecture", rollUp.prefecture().total(), sql.figures(null, null), notes);

            load.stop();
            StringBuilder table = new StringBuilder();
            table.append("## Monthly report (附表1) on the generated data set: read model against hand-written SQL\n\n");
            table.append("Data set `%s` (`BenchmarkData`, seed %d): %,d reporting units (%,d generated counties and %d "
                    .formatted(name, seed, units.findAll().size(), size.counties, size.ports));
            table.append("ports with their local governments, plus the plan's own), %,d enterprises, %,d major hazards "
                    .formatted(facts.enterprises(), facts.hazards()));
            table.append("with %,d history entries, found 2023-01-01 to 2026-11-30, %,d in the stock at the end of %s; "
                    .formatted(facts.transitions(), rollUp.prefecture().total().closingStock(), MONTH));
            table.append("loaded by `COPY` (see the data generator below). Month measured: %s. ".formatted(MONTH));
            table.append("Warm: each query runs a few times before the timed repetitions.\n\n");
            table.append("| what | repetitions | read model (`StockTables`) median | p95 | hand-written SQL over "
                    + "`hazards.major_hazard` median | p95 | ratio SQL ÷ read model (median) | target |\n");
            table.append("|---|---|---|---|---|---|---|---|\n");
            row(table, "one county's 附表1 (`%s`, %,d hazards)".formatted(county.code().value(),
                    facts.hazardsIn(dataSource, countyJurisdictions)), countyModel, countySql, "under 100 ms");
            row(table, "one member unit's 附表1 (`EMB`, %d industries in every county)".formatted(
                    memberIndustries.size()), memberModel, memberSql, "under 100 ms");
            row(table, "prefecture roll-up (total + %,d unit tables)".formatted(rollUp.units().size()), rollUpModel,
                    prefectureSql, "under 2 s");
            table.append("| rebuild of the read model (use case `StartStockRebuild` + `StockRebuildJob`) | 1 | %s | "
                    .formatted(minutes(rebuild.seconds())) + "– | – | – | – | within minutes |\n\n");
            table.append("Rebuild progress (hazards brought in, read from the rebuild's record every 5 s): ")
                    .append(rebuild.progress()).append(".\n\n");
            table.append("Same figures: ").append(notes.toString().strip()).append("\n\n");
            table.append("Machine: ").append(machine(dataSource)).append(". Load average (1 min) during the run: ")
                    .append(load.summary()).append(" on %d cores (the machine is shared).\n\n"
                            .formatted(Runtime.getRuntime().availableProcessors()));
            table.append("Command: `./mvnw -Pbenchmarks verify -pl adapters -am -Dit.test=ReportingBenchmark "
                    + "-Dzhiben.benchmark.size=%s`.\n".formatted(size.name().toLowerCase()));
            log("%s", table);
            BenchmarkReport.write("reporting-" + size.name().toLowerCase(), table.toString());
            assertThat(rebuild.status()).isEqualTo(StockRebuild.Status.DONE);
        } finally {
            load.stop();
        }
    }

    // --------------------------------------------------------------------------------------------------- rebuild

    private record Rebuild(StockRebuild.Status status, double seconds, String progress) {
    }

    private static Rebuild rebuild(ConfigurableApplicationContext app) throws InterruptedException {
        StockRebuild started = app.getBean(StartStockRebuild.class).execute(BENCHMARK);
        long begin = System.nanoTime();
        app.getBean(StockRebuildJob.class).launch(started.id());
        ReadStockRebuilds read = app.getBean(ReadStockRebuilds.class);
        List<String> marks = new ArrayList<>();
        long[] quarters = {started.hazardsTotal() / 4, started.hazardsTotal() / 2, started.hazardsTotal() * 3 / 4};
        int next = 0;
        StockRebuild now = read.find(started.id());
        long lastLog = 0;
        while (now.status() == StockRebuild.Status.RUNNING) {
            Thread.sleep(5_000);
            now = read.find(started.id());
            double elapsed = (System.nanoTime() - begin) / 1e9;
            while (next < quarters.length && now.hazardsDone() >= quarters[next]) {
                marks.add("%,d of %,d after %s".formatted(now.hazardsDone(), now.hazardsTotal(), minutes(elapsed)));
                next++;
            }
            if (elapsed - lastLog >= 30) {
                log("rebuild: %,d of %,d hazards after %.0f s", now.hazardsDone(), now.hazardsTotal(), elapsed);
                lastLog = (long) elapsed;
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        marks.add("%,d of %,d, %s, after %s".formatted(now.hazardsDone(), now.hazardsTotal(), now.status(),
                minutes(seconds)));
        if (now.failure() != null) {
            marks.add("failure: " + now.failure());
        }
        return new Rebuild(now.status(), seconds, String.join("; ", marks));
    }

    // ------------------------------------------------------------------------------------------ hand-written SQL

    /**
     * 附表1's figures per jurisdiction × industry straight from {@code hazards.major_hazard}, one pass over each
     * hazard's history: entered the stock the day (Asia/Shanghai) it was determined major, left it the day it was
     * written off or cancelled; overdue at the month's end when being rectified then and past the deadline in force
     * (the plan's, or the last approved extension decided by then); listed when a listing is in force then.
     */
    static final class HandWrittenSql {
        private static final String QUERY = """
                select h.jurisdiction, h.industry,
                  count(*) filter (where s.entered < ?1 and (s.closed is null or s.closed >= ?1)) as opening,
                  count(*) filter (where s.entered >= ?1 and s.entered <= ?2 and h.channel = 'SELF_INSPECTION')
                      as new_self,
                  count(*) filter (where s.entered >= ?1 and s.entered <= ?2 and h.channel = 'SUPERVISORY_INSPECTION')
                      as new_supervisory,
                  count(*) filter (where s.entered >= ?1 and s.entered <= ?2 and h.channel = 'VERIFIED_TIP_OFF')
                      as new_tip_off,
                  count(*) filter (where s.closed >= ?1 and s.closed <= ?2 and h.status = 'WRITTEN_OFF') as written_off,
                  count(*) filter (where s.closed >= ?1 and s.closed <= ?2 and h.status = 'CANCELLED') as cancelled,
                  count(*) filter (where s.entered <= ?2 and (s.closed is null or s.closed > ?2)) as closing,
                  count(*) filter (where s.entered <= ?2 and (s.closed is null or s.closed > ?2)
                      and s.status_at_end = 'RECTIFYING'
                      and ?2 > coalesce((select (x->>'requestedDeadline')::date
                                         from jsonb_array_elements(h.extensions) x
                                         where h.extensions <> '[]' and x->>'decision' = 'APPROVED'
                                           and ((x->>'decidedAt')::timestamptz at time zone 'Asia/Shanghai')::date <= ?2
                                         order by (x->>'decidedAt')::timestamptz desc limit 1),
                                        (h.plan->>'deadline')::date)) as overdue,
                  count(*) filter (where s.entered <= ?2 and (s.closed is null or s.closed > ?2)
                      and h.listings <> '[]'
                      and exists (select 1 from jsonb_array_elements(h.listings) l
                                  where (l->>'listedOn')::date <= ?2
                                    and (l->>'removedOn' is null or (l->>'removedOn')::date > ?2))) as listed
                from hazards.major_hazard h
                cross join lateral (
                  select min(e.day) filter (where e.t->>'to' = 'DETERMINED') as entered,
                         min(e.day) filter (where e.t->>'to' in ('WRITTEN_OFF', 'CANCELLED')) as closed,
                         (array_agg(e.t->>'to' order by e.ord desc) filter (where e.day <= ?2))[1] as status_at_end
                  from (select t, ord, ((t->>'at')::timestamptz at time zone 'Asia/Shanghai')::date as day
                        from jsonb_array_elements(h.history) with ordinality as a(t, ord)) e
                ) s
                where h.level = 'MAJOR' and h.registered_at < ?3 and (?4 or h.jurisdiction = any(?5))
                  and (?6 or h.industry = any(?7))
                group by h.jurisdiction, h.industry
                """;

        private final DataSource dataSource;
        private final YearMonth month;

        HandWrittenSql(DataSource dataSource, YearMonth month) {
            this.dataSource = dataSource;
            this.month = month;
        }

        /** The totals over the rows (jurisdictions and/or industries {@code null}: all). */
        long[] figures(List<String> jurisdictions, List<String> industries) throws SQLException {
            long[] total = new long[9];
            String sql = QUERY.replaceAll("\\?\\d", "?");
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                Date first = Date.valueOf(month.atDay(1));
                Date last = Date.valueOf(month.atEndOfMonth());
                java.sql.Timestamp next = java.sql.Timestamp.from(month.plusMonths(1).atDay(1)
                        .atStartOfDay(BenchmarkData.ZONE).toInstant());
                List<Object> args = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d)").matcher(QUERY);
                while (m.find()) {
                    args.add(switch (m.group(1)) {
                        case "1" -> first;
                        case "2" -> last;
                        case "3" -> next;
                        case "4" -> jurisdictions == null;
                        case "5" -> c.createArrayOf("varchar", (jurisdictions == null ? List.of() : jurisdictions)
                                .toArray());
                        case "6" -> industries == null;
                        default -> c.createArrayOf("varchar", (industries == null ? List.of() : industries).toArray());
                    });
                }
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 0; i < 9; i++) {
                            total[i] += rs.getLong(i + 3);
                        }
                    }
                }
            }
            return total;
        }
    }

    private static void compare(String what, HazardStockFigures model, long[] sql, StringBuilder notes) {
        long[] fromModel = {model.openingStock(), model.newByChannel().get(DiscoveryChannel.SELF_INSPECTION),
            model.newByChannel().get(DiscoveryChannel.SUPERVISORY_INSPECTION),
            model.newByChannel().get(DiscoveryChannel.VERIFIED_TIP_OFF), model.writtenOff(), model.cancelled(),
            model.closingStock(), model.closingOverdue(), model.closingListed()};
        String[] names = {"opening", "new (self-inspection)", "new (supervisory)", "new (tip-off)", "written off",
            "cancelled", "closing", "overdue", "listed"};
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (fromModel[i] != sql[i]) {
                differences.add("%s %,d (read model) vs %,d (SQL)".formatted(names[i], fromModel[i], sql[i]));
            }
        }
        notes.append(differences.isEmpty()
                ? "%s: all nine totals equal (opening %,d, closing %,d, overdue %,d, listed %,d). ".formatted(what,
                        fromModel[0], fromModel[6], fromModel[7], fromModel[8])
                : "%s: differ — %s. ".formatted(what, String.join(", ", differences)));
        // the stock itself (opening, new, closed, closing) must agree; the SQL is only a fair baseline if it does
        assertThat(Arrays.copyOf(sql, 7)).as(what + ": opening, new, written off, cancelled, closing")
                .containsExactly(Arrays.copyOf(fromModel, 7));
    }

    // ------------------------------------------------------------------------------------------------ measuring

    record Stats(int repetitions, double medianMillis, double p95Millis) {
    }

    static Stats measure(int warmUp, int repetitions, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call();
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = repetitions % 2 == 1 ? millis[repetitions / 2]
                : (millis[repetitions / 2 - 1] + millis[repetitions / 2]) / 2;
        double p95 = millis[(int) Math.ceil(0.95 * repetitions) - 1];
        return new Stats(repetitions, median, p95);
    }

    private static void row(StringBuilder table, String what, Stats model, Stats sql, String target) {
        table.append("| %s | %d / %d | %s | %s | %s | %s | %.1f× | %s |%n".formatted(what, model.repetitions(),
                sql.repetitions(), time(model.medianMillis()), time(model.p95Millis()), time(sql.medianMillis()),
                time(sql.p95Millis()), sql.medianMillis() / model.medianMillis(), target));
    }

    private static String time(double millis) {
        return millis < 1_000 ? "%.1f ms".formatted(millis) : "%.2f s".formatted(millis / 1_000);
    }

    private static String minutes(double seconds) {
        return seconds < 120 ? "%.0f s".formatted(seconds) : "%.1f min".formatted(seconds / 60);
    }

    // ------------------------------------------------------------------------------------------ data and machine

    record DataSetFacts(long enterprises, long hazards, long transitions) {

        long hazardsIn(DataSource dataSource, List<String> jurisdictions) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select count(*) from hazards.major_hazard where jurisdiction = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", jurisdictions.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static DataSetFacts facts(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select (select count(*) from enterprises.enterprise), count(*), sum(jsonb_array_length(history)) "
                        + "from hazards.major_hazard"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new DataSetFacts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static String machine(DataSource dataSource) throws SQLException, IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> "%d GiB".formatted(Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024)))
                .orElse("?");
        String postgres;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("show server_version");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            postgres = rs.getString(1);
        }
        return "%s, %d cores, %s RAM, %s %s, Java %s (max heap %d MiB), the application's embedded PostgreSQL %s "
                .formatted(cpu, Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                        System.getProperty("os.version"), Runtime.version(),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024), postgres)
                + "(fsync, full_page_writes and synchronous_commit on, other settings PostgreSQL's defaults), "
                + LocalDate.now();
    }

    /** Samples the 1-minute load average every 5 s while the benchmark runs. */
    private static final class LoadSampler {
        private final List<Double> samples = new ArrayList<>();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "load-sampler");
            thread.setDaemon(true);
            return thread;
        });

        LoadSampler() {
            timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
        }

        private synchronized void sample() {
            try {
                samples.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
            } catch (IOException | RuntimeException ignored) {
                // no /proc: no samples
            }
        }

        void stop() {
            timer.shutdownNow();
        }

        synchronized String summary() {
            if (samples.isEmpty()) {
                return "not available";
            }
            double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return "min %.2f, median %.2f, max %.2f (%d samples)".formatted(sorted[0], sorted[sorted.length / 2],
                    sorted[sorted.length - 1], sorted.length);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[ReportingBenchmark] " + format.formatted(args));
    }
}
