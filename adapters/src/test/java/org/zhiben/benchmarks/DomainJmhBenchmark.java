package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of the domain code ({@link DeterminationJmh}, {@link ResponsibilityJmh}, {@link StockJmh})
 * in one forked JVM each, with modest settings (by default 3 warm-up and 5 measured iterations of 1 s), and writes
 * their section of {@code docs/benchmarks.md}: every figure beside its baseline measured in the same run.
 * <p>
 * {@code ./mvnw -Pbenchmarks verify -pl adapters -am -Dit.test=DomainJmhBenchmark}; {@code -Dzhiben.jmh.warmup=},
 * {@code -Dzhiben.jmh.iterations=} and {@code -Dzhiben.jmh.seconds=} change the iterations.
 */
class DomainJmhBenchmark {

    private static final String COMMAND = "./mvnw -Pbenchmarks verify -pl adapters -am -Dit.test=DomainJmhBenchmark";
    /** The intake's p99 goal (issue 11): the budget a per-request share is taken of. */
    private static final double REQUEST_BUDGET_NS = 50e6;

    @Test
    void domain_code_under_jmh() throws Exception {
        int warmup = Integer.getInteger("zhiben.jmh.warmup", 3);
        int iterations = Integer.getInteger("zhiben.jmh.iterations", 5);
        int seconds = Integer.getInteger("zhiben.jmh.seconds", 1);
        Options options = new OptionsBuilder()
                .include("org\\.zhiben\\.benchmarks\\.(Determination|Responsibility|Stock)Jmh\\.")
                .forks(1)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Xmx2g")
                .shouldFailOnError(true)
                .build();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        Collection<RunResult> results = new Runner(options).run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        Map<String, double[]> scores = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), new double[] {
                result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        assertThat(scores).containsOnlyKeys("DeterminationJmh.determine", "DeterminationJmh.catalogPerRequest",
                "DeterminationJmh.baselineLookup", "ResponsibilityJmh.resolve", "ResponsibilityJmh.baselineLookup",
                "StockJmh.stockLines", "StockJmh.monthlyDeltas", "StockJmh.table", "StockJmh.baselineTable");
        assertThat(scores.values()).allSatisfy(score -> assertThat(score[0]).isPositive());

        StockJmh stock = new StockJmh();
        stock.setUp();
        StringBuilder md = new StringBuilder();
        md.append("## Domain code under JMH: determination, responsibility resolution, stock accounting\n\n");
        md.append("JMH ").append(org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion() == null
                ? "1.37" : org.openjdk.jmh.util.Utils.class.getPackage().getImplementationVersion())
                .append(", one forked JVM per benchmark (`-Xmx2g`), ").append(warmup).append(" warm-up and ")
                .append(iterations).append(" measured iterations of ").append(seconds)
                .append(" s, average time per operation, one thread; ± is JMH's 99.9 % confidence half-width. The ")
                .append("baseline of each figure is measured in the same run and checked at set-up to give the same ")
                .append("answer on the same input (for the stock table: the same opening, written-off, cancelled and ")
                .append("closing totals). Ratio = figure ÷ baseline. Share = the time of one finding, matter, hazard or ")
                .append("table as a share of 50 ms, the intake's p99 goal.\n\n");
        md.append("| what (one operation) | time per operation | operations/s | baseline | baseline per operation | "
                + "ratio | share of 50 ms |\n|---|---|---|---|---|---|---|\n");
        String mapBaseline = "hand-written `HashMap` lookup of the clause text, sector checked, no version check";
        row(md, "determination of one finding, standards catalog built once (`Determination.determine`; "
                + DeterminationJmh.FINDINGS + " findings of the shipped standards, 80 % citing a clause)",
                scores.get("DeterminationJmh.determine"), mapBaseline, scores.get("DeterminationJmh.baselineLookup"),
                1);
        row(md, "determination of one finding with a new `StandardCatalog` per finding, as `DetermineHazard` does "
                + "on every registration (database read excluded)", scores.get("DeterminationJmh.catalogPerRequest"),
                mapBaseline, scores.get("DeterminationJmh.baselineLookup"), 1);
        row(md, "responsibility resolution of one matter (`ResponsibilityResolver.resolve`, 三管三必须 with its "
                + "trace; " + ResponsibilityJmh.MATTERS + " matters over the plan's 48 industries)",
                scores.get("ResponsibilityJmh.resolve"), "hand-written `HashMap` from industry to its competent "
                + "department (the lead only, no trace, no responsible units)",
                scores.get("ResponsibilityJmh.baselineLookup"), 1);
        double[] lines = scores.get("StockJmh.stockLines");
        row(md, String.format(Locale.ROOT, "stock lines of all %,d hazards of the `small` data set from their facts "
                + "(`HazardStockLine.of`), i.e. %s per hazard", stock.hazards, time(lines[0] / stock.hazards)),
                lines, "–", null, stock.hazards);
        double[] monthly = scores.get("StockJmh.monthlyDeltas");
        row(md, String.format(Locale.ROOT, "monthly deltas of the read model for all %,d stock lines "
                + "(`HazardStockLine.monthly`), i.e. %s per line", stock.lines.size(),
                time(monthly[0] / stock.lines.size())), monthly, "–", null, stock.lines.size());
        row(md, String.format(Locale.ROOT, "附表1 for 2026-11 over all %,d stock lines, %,d jurisdiction × industry "
                + "rows (`StockLines.table`, nine figures)", stock.lines.size(), stock.slots),
                scores.get("StockJmh.table"), "hand-written loop over primitive arrays (epoch days), five of the "
                + "nine figures (no overdue, no listed)", scores.get("StockJmh.baselineTable"), 1);
        md.append('\n');
        md.append(String.format(Locale.ROOT, "The whole JMH run took %d min %d s. Machine: %s; load average "
                + "(1 min) %.2f before and %.2f after the run on %d cores.%n%n", took.toMinutes(),
                took.toSecondsPart(), machine(), loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        md.append("Command: `").append(COMMAND).append("`.\n");
        BenchmarkReport.write("domain-jmh", md.toString());
    }

    private static String timeAndError(double[] score) {
        return Double.isFinite(score[1]) ? time(score[0]) + " ± " + time(score[1]) : time(score[0]);
    }

    /** A row; the share is of one item's time ({@code items} per operation). */
    private static void row(StringBuilder md, String what, double[] figure, String baselineWhat, double[] baseline,
            int items) {
        md.append("| ").append(what).append(" | ").append(timeAndError(figure))
                .append(" | ").append(String.format(Locale.ROOT, "%,.0f", 1e9 / figure[0])).append(" | ")
                .append(baselineWhat).append(" | ");
        if (baseline == null) {
            md.append("– | – | ");
        } else {
            md.append(timeAndError(baseline)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.1f×", figure[0] / baseline[0])).append(" | ");
        }
        md.append(String.format(Locale.ROOT, "%.4f %%", 100 * figure[0] / items / REQUEST_BUDGET_NS)).append(" |\n");
    }

    private static String time(double ns) {
        if (ns >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
        }
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        if (ns >= 1e3) {
            return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ns", ns);
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        String memory = "";
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB RAM, ")
                    .findFirst().orElse("");
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.runtime.version");
    }
}
