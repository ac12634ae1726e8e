package org.zhiben.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.reporting.LocatedStockLine;
import org.zhiben.reporting.StockLines;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH: the stock accounting of 附表1 in the reporting module, over the hazards of the generated data set at size
 * {@code small} ({@link BenchmarkData}, default seed: 5,000 hazards with their full histories, read back as the
 * hazards module restores them and turned into the reporting module's facts).
 * <ul>
 *   <li>{@code stockLines}: {@link HazardStockLine#of} for every hazard (the rebuild's and each event's work: the
 *       hazard's days in the stock, overdue and listed, from its facts); one operation is all 5,000 hazards;</li>
 *   <li>{@code monthlyDeltas}: {@link HazardStockLine#monthly()} for every line (what the read model adds per
 *       month); one operation is all lines;</li>
 *   <li>{@code table}: {@link StockLines#table} for the month 2026-11 over every line (the whole data set's 附表1 by
 *       jurisdiction and industry, all nine figures); one operation is one table;</li>
 *   <li>{@code baselineTable}: the baseline for {@code table}, a hand-written loop over primitive arrays (epoch days,
 *       one slot per jurisdiction and industry) counting the opening stock, the new hazards, the written-off and
 *       cancelled ones and the closing stock, without overdue and listed; the same totals, checked at set-up.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StockJmh {

    static final LocalDate BASELINE = LocalDate.of(2024, 3, 31);
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    List<List<HazardFact>> facts;
    List<LocatedStockLine> lines;
    int hazards;
    // the baseline's arrays: one entry per line
    long[] entered;
    long[] closed;
    boolean[] writtenOff;
    int[] slot;
    int slots;

    @Setup
    public void setUp() {
        List<BenchmarkData.Industry> industries = ResponsibilityJmh.planIndustries().stream()
                .map(i -> new BenchmarkData.Industry(i.code().value(), i.highRisk())).toList();
        BenchmarkData data = BenchmarkData.generate(BenchmarkData.Size.SMALL, BenchmarkData.DEFAULT_SEED, "653000",
                industries);
        JsonMapper json = JsonMapper.builder().build();
        facts = new ArrayList<>();
        lines = new ArrayList<>();
        data.hazards(h -> {
            MajorHazard hazard = BenchmarkHazards.restore(h, json);
            List<HazardFact> of = HazardFact.of(hazard);
            facts.add(of);
            HazardStockLine.of(of, BenchmarkData.ZONE, BASELINE).ifPresent(line -> lines.add(new LocatedStockLine(
                    h.id(), h.enterpriseId(), JurisdictionCode.of(h.jurisdiction()), IndustryCode.of(h.industry()),
                    line)));
        });
        hazards = facts.size();
        Map<String, Integer> slotOf = new HashMap<>();
        entered = new long[lines.size()];
        closed = new long[lines.size()];
        writtenOff = new boolean[lines.size()];
        slot = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LocatedStockLine located = lines.get(i);
            entered[i] = located.line().enteredOn().toEpochDay();
            closed[i] = located.line().closedOn() == null ? Long.MAX_VALUE : located.line().closedOn().toEpochDay();
            writtenOff[i] = located.line().closedBy() == HazardStatus.WRITTEN_OFF;
            slot[i] = slotOf.computeIfAbsent(located.jurisdiction().value() + '|' + located.industry().value(),
                    k -> slotOf.size());
        }
        slots = slotOf.size();
        HazardStock table = StockLines.table(lines, FROM, TO, BASELINE);
        long[] totals = baselineTotals(baselineTable());
        if (table.total().openingStock() != totals[0] || table.total().writtenOff() != totals[2]
                || table.total().cancelled() != totals[3] || table.total().closingStock() != totals[4]) {
            throw new IllegalStateException("the baseline's totals differ: " + table.total() + " against "
                    + java.util.Arrays.toString(totals));
        }
    }

    @Benchmark
    public void stockLines(Blackhole sink) {
        for (List<HazardFact> of : facts) {
            Optional<HazardStockLine> line = HazardStockLine.of(of, BenchmarkData.ZONE, BASELINE);
            sink.consume(line);
        }
    }

    @Benchmark
    public void monthlyDeltas(Blackhole sink) {
        for (LocatedStockLine located : lines) {
            sink.consume(located.line().monthly());
        }
    }

    @Benchmark
    public HazardStock table() {
        return StockLines.table(lines, FROM, TO, BASELINE);
    }

    @Benchmark
    public long[][] baselineTable() {
        long from = FROM.toEpochDay();
        long to = TO.toEpochDay();
        long[][] figures = new long[slots][5];
        for (int i = 0; i < entered.length; i++) {
            boolean opening = entered[i] <= from - 1 && closed[i] > from - 1;
            boolean isNew = entered[i] >= from && entered[i] <= to;
            boolean closing = entered[i] <= to && closed[i] > to;
            boolean closedWithin = closed[i] >= from && closed[i] <= to;
            long[] row = figures[slot[i]];
            row[0] += opening ? 1 : 0;
            row[1] += isNew ? 1 : 0;
            row[2] += closedWithin && writtenOff[i] ? 1 : 0;
            row[3] += closedWithin && !writtenOff[i] ? 1 : 0;
            row[4] += closing ? 1 : 0;
        }
        return figures;
    }

    private static long[] baselineTotals(long[][] figures) {
        long[] totals = new long[5];
        for (long[] row : figures) {
            for (int k = 0; k < 5; k++) {
                totals[k] += row[k];
            }
        }
        return totals;
    }
}
