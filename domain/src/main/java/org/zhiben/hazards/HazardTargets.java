package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The loaded plan's dated targets for major hazards, as {@link CampaignIndicators} and {@link HazardStock} measure
 * them. Kizilsu's plan gives: the stock found on or before 2023-12-31 ("2023年及以前") cleared on 2024-12-20 (none
 * left), the increment of 2025 contained against 2024 (the year up to 2025-12-31 against the year before), and no
 * major hazard overdue at 2026-12-31.
 *
 * @param stockFoundOnOrBefore the baseline: the last discovery day of the stock to clear first
 * @param stockMeasuredOn      the day that stock is measured
 * @param stockAtMost          the most hazards of that stock that may remain on that day
 * @param incrementMeasuredOn  the last day of the year whose new major hazards are compared with the year before
 * @param overdueMeasuredOn    the day the overdue major hazards are counted (dynamic clearance)
 * @param overdueAtMost        the most hazards that may be overdue on that day
 */
public record HazardTargets(LocalDate stockFoundOnOrBefore, LocalDate stockMeasuredOn, int stockAtMost,
                            LocalDate incrementMeasuredOn, LocalDate overdueMeasuredOn, int overdueAtMost) {

    public HazardTargets {
        Require.notNull(stockFoundOnOrBefore, "stockFoundOnOrBefore");
        Require.notNull(stockMeasuredOn, "stockMeasuredOn");
        Require.notNull(incrementMeasuredOn, "incrementMeasuredOn");
        Require.notNull(overdueMeasuredOn, "overdueMeasuredOn");
        if (stockAtMost < 0 || overdueAtMost < 0) {
            throw new InvalidValueException("atMost", "hazard.targets.at-most-negative",
                    "a most-remaining value cannot be negative", stockAtMost, overdueAtMost);
        }
    }

    /** The first day of the year whose increment is measured (the day after the same day a year earlier). */
    public LocalDate incrementYearStart() {
        return incrementMeasuredOn.minusYears(1).plusDays(1);
    }

    /** The first day of the year before, the increment's comparison. */
    public LocalDate previousYearStart() {
        return incrementYearStart().minusYears(1);
    }

    /** The last day of the year before. */
    public LocalDate previousYearEnd() {
        return incrementYearStart().minusDays(1);
    }
}
