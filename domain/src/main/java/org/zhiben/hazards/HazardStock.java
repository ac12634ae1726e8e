package org.zhiben.hazards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The dynamic hazard stock statistics (附表1 自治州事故隐患动态存量统计表) for a period, per jurisdiction and industry
 * and in total. Section 六 of the plan: "2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表".
 *
 * <p>The figures are computed from the recorded history of each hazard, never from its current row, so a past period
 * always gives the same figures. A major hazard is in the stock from the day it is determined major (the day it
 * enters the major-hazard database as such; for a hazard determined at registration, its registration day) until the
 * day it is written off or cancelled. Days are taken in the given time zone.
 *
 * @param stockFoundOnOrBefore the plan's baseline: the opening stock discovered on or before this day is counted
 *                             apart, as the stock the plan clears first (Kizilsu: 2023-12-31, "2023年及以前存量")
 */
public record HazardStock(LocalDate periodStart, LocalDate periodEnd, LocalDate stockFoundOnOrBefore,
        List<HazardStockRow> rows, HazardStockFigures total) {

    public HazardStock {
        requirePeriod(periodStart, periodEnd);
        Require.notNull(stockFoundOnOrBefore, "stockFoundOnOrBefore");
        rows = List.copyOf(Require.notNull(rows, "rows"));
        Require.notNull(total, "total");
    }

    static void requirePeriod(LocalDate periodStart, LocalDate periodEnd) {
        Require.notNull(periodStart, "periodStart");
        Require.notNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("periodEnd", "hazard.stock.period-invalid",
                    "the period must not end before it starts", periodStart, periodEnd);
        }
    }

    /** The table of one reporting month. */
    public static HazardStock ofMonth(Collection<MajorHazard> hazards, YearMonth month, ZoneId zone,
            LocalDate stockFoundOnOrBefore) {
        return asOf(hazards, month.atDay(1), month.atEndOfMonth(), zone, stockFoundOnOrBefore);
    }

    /** The table for the period from {@code periodStart} to {@code periodEnd}, both included. */
    public static HazardStock asOf(Collection<MajorHazard> hazards, LocalDate periodStart, LocalDate periodEnd,
            ZoneId zone, LocalDate stockFoundOnOrBefore) {
        requirePeriod(periodStart, periodEnd);
        Require.notNull(zone, "zone");
        Require.notNull(stockFoundOnOrBefore, "stockFoundOnOrBefore");
        Map<JurisdictionCode, Map<IndustryCode, Tally>> byKey = new TreeMap<>();
        Tally total = new Tally();
        for (MajorHazard hazard : hazards) {
            Contribution c = Contribution.of(hazard, periodStart, periodEnd, zone, stockFoundOnOrBefore);
            if (c == null) {
                continue;
            }
            byKey.computeIfAbsent(hazard.jurisdiction(), j -> new TreeMap<>())
                    .computeIfAbsent(hazard.industry(), i -> new Tally())
                    .add(c);
            total.add(c);
        }
        List<HazardStockRow> rows = new ArrayList<>();
        byKey.forEach((jurisdiction, byIndustry) -> byIndustry.forEach(
                (industry, tally) -> rows.add(new HazardStockRow(jurisdiction, industry, tally.figures()))));
        rows.sort(Comparator.comparing(HazardStockRow::jurisdiction).thenComparing(HazardStockRow::industry));
        return new HazardStock(periodStart, periodEnd, stockFoundOnOrBefore, rows, total.figures());
    }

    /** What one hazard adds to the table; {@code null} when it has nothing to do with the period. */
    private record Contribution(boolean opening, boolean foundByBaseline, DiscoveryChannel newThrough,
            boolean writtenOff, boolean cancelled, boolean closing, boolean overdue, boolean listed) {

        static Contribution of(MajorHazard hazard, LocalDate start, LocalDate end, ZoneId zone,
                LocalDate baseline) {
            LocalDate entered = hazard.determinedMajorOn(zone).orElse(null);
            if (entered == null || entered.isAfter(end)) {
                return null;
            }
            boolean opening = hazard.inMajorStockOn(start.minusDays(1), zone);
            boolean isNew = !entered.isBefore(start);
            LocalDate closedOn = hazard.closedOn(zone).orElse(null);
            boolean closedInPeriod = closedOn != null && !closedOn.isBefore(start) && !closedOn.isAfter(end);
            boolean closing = hazard.inMajorStockOn(end, zone);
            if (!opening && !isNew && !closing) {
                return null;
            }
            return new Contribution(opening, opening && !hazard.discoveredOn().isAfter(baseline),
                    isNew ? hazard.channel() : null,
                    closedInPeriod && hazard.status() == HazardStatus.WRITTEN_OFF,
                    closedInPeriod && hazard.status() == HazardStatus.CANCELLED,
                    closing, closing && hazard.isOverdueOn(end, zone), closing && hazard.isListedOn(end));
        }
    }

    private static final class Tally {
        private long opening;
        private long foundByBaseline;
        private final Map<DiscoveryChannel, Long> newByChannel = new EnumMap<>(DiscoveryChannel.class);
        private long writtenOff;
        private long cancelled;
        private long closing;
        private long overdue;
        private long listed;

        void add(Contribution c) {
            opening += c.opening() ? 1 : 0;
            foundByBaseline += c.foundByBaseline() ? 1 : 0;
            if (c.newThrough() != null) {
                newByChannel.merge(c.newThrough(), 1L, Long::sum);
            }
            writtenOff += c.writtenOff() ? 1 : 0;
            cancelled += c.cancelled() ? 1 : 0;
            closing += c.closing() ? 1 : 0;
            overdue += c.overdue() ? 1 : 0;
            listed += c.listed() ? 1 : 0;
        }

        HazardStockFigures figures() {
            long newTotal = newByChannel.values().stream().mapToLong(Long::longValue).sum();
            long base = opening + newTotal;
            BigDecimal rate = base == 0 ? null
                    : BigDecimal.valueOf(writtenOff * 100).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
            return new HazardStockFigures(opening, foundByBaseline, newByChannel, writtenOff, cancelled, closing,
                    overdue, listed, rate);
        }
    }
}
