package org.zhiben.hazards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.zhiben.shared.Require;

/**
 * The campaign's three targets for major hazards, measured from the recorded history as of a day, with the dates and
 * values of the loaded plan ({@link HazardTargets}). Kizilsu's plan: "2024年底前基本消除2023年及以前排查发现的重大事故隐患
 * 存量,2025年底前有效遏制重大事故隐患增量,2026年底前形成重大事故隐患动态清零的常态化机制".
 * <ul>
 * <li>stock cleared (Kizilsu: "于2024年12月20日前全部消除完毕2023年存量隐患"): the major hazards discovered on or
 * before the baseline still in the stock on the day it is measured (or on the as-of day, if earlier); met when at most
 * the target's number remain;</li>
 * <li>increment contained ("避免出现增量隐患"): major hazards newly entering the stock in the target's year against
 * the year before (each year counted up to the as-of day); met when the target's year has fewer, or none at all;</li>
 * <li>dynamic clearance ("动态清零"): major hazards overdue on the target's day (or on the as-of day, if earlier);
 * met when at most the target's number are overdue.</li>
 * </ul>
 * Each target is only met or missed once its period has ended; until then it is in progress ({@link TargetProgress}).
 */
public record CampaignIndicators(LocalDate asOf, HazardTargets targets, long stockRemaining, boolean stockCleared,
        long newMajorInPreviousYear, long newMajorInTargetYear, boolean incrementContained, long overdueAtTarget,
        boolean dynamicClearance) {

    public CampaignIndicators {
        Require.notNull(asOf, "asOf");
        Require.notNull(targets, "targets");
    }

    public static CampaignIndicators asOf(Collection<MajorHazard> hazards, LocalDate asOf, ZoneId zone,
            HazardTargets targets) {
        Require.notNull(asOf, "asOf");
        Require.notNull(zone, "zone");
        Require.notNull(targets, "targets");
        Days days = Days.of(asOf, targets);
        long remaining = hazards.stream()
                .filter(h -> !h.discoveredOn().isAfter(targets.stockFoundOnOrBefore()))
                .filter(h -> h.inMajorStockOn(days.stockMeasuredOn(), zone))
                .count();
        long previous = enteredBetween(hazards, days.previousYearFrom(), days.previousYearTo(), zone);
        long current = enteredBetween(hazards, days.targetYearFrom(), days.targetYearTo(), zone);
        long overdue = hazards.stream()
                .filter(h -> h.inMajorStockOn(days.overdueMeasuredOn(), zone)
                        && h.isOverdueOn(days.overdueMeasuredOn(), zone))
                .count();
        return of(asOf, targets, remaining, previous, current, overdue);
    }

    /**
     * The targets as of a day from the four counts measured on the {@link Days} of that day: the major hazards found
     * on or before the baseline still in the stock, those newly entering the stock in the year before and in the
     * target's year, those overdue in the stock.
     */
    public static CampaignIndicators of(LocalDate asOf, HazardTargets targets, long stockRemaining,
            long newMajorInPreviousYear, long newMajorInTargetYear, long overdueAtTarget) {
        Require.notNull(targets, "targets");
        return new CampaignIndicators(asOf, targets, stockRemaining, stockRemaining <= targets.stockAtMost(),
                newMajorInPreviousYear, newMajorInTargetYear,
                newMajorInTargetYear < newMajorInPreviousYear || newMajorInTargetYear == 0, overdueAtTarget,
                overdueAtTarget <= targets.overdueAtMost());
    }

    /**
     * The days the targets are measured on as of {@code asOf} (kept with them): each target's day, or the as-of day if earlier; the
     * years compared, each counted up to the as-of day.
     */
    public record Days(LocalDate asOf, LocalDate stockMeasuredOn, LocalDate previousYearFrom, LocalDate previousYearTo,
            LocalDate targetYearFrom, LocalDate targetYearTo, LocalDate overdueMeasuredOn) {

        public static Days of(LocalDate asOf, HazardTargets targets) {
            Require.notNull(asOf, "asOf");
            Require.notNull(targets, "targets");
            return new Days(asOf, earlier(asOf, targets.stockMeasuredOn()), targets.previousYearStart(),
                    earlier(asOf, targets.previousYearEnd()), targets.incrementYearStart(),
                    earlier(asOf, targets.incrementMeasuredOn()), earlier(asOf, targets.overdueMeasuredOn()));
        }
    }

    /** The stock target: decided once its day ({@link HazardTargets#stockMeasuredOn()}) has passed. */
    public TargetProgress stockProgress() {
        return TargetProgress.of(stockCleared, asOf, targets.stockMeasuredOn());
    }

    /** The increment target: decided once the target's year ({@link HazardTargets#incrementMeasuredOn()}) has ended. */
    public TargetProgress incrementProgress() {
        return TargetProgress.of(incrementContained, asOf, targets.incrementMeasuredOn());
    }

    /** Dynamic clearance: decided once its day ({@link HazardTargets#overdueMeasuredOn()}) has passed. */
    public TargetProgress dynamicClearanceProgress() {
        return TargetProgress.of(dynamicClearance, asOf, targets.overdueMeasuredOn());
    }

    private static long enteredBetween(Collection<MajorHazard> hazards, LocalDate from, LocalDate to, ZoneId zone) {
        return hazards.stream()
                .map(h -> h.determinedMajorOn(zone).orElse(null))
                .filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                .count();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
