package org.zhiben.hazards.storage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The major hazards counted where they are stored, by the rules of {@link org.zhiben.hazards.MajorHazard} replayed on
 * a past day, without loading them: the answers are a handful of groups whatever the number of hazards, so an overview
 * of a million hazards takes no more memory than one of ten.
 */
public interface HazardCounts {

    /**
     * The major hazards inside {@code scope} in the stock at the end of {@code day} (days in {@code zone}), grouped by
     * jurisdiction, industry, whether overdue, whether listed, and (for the overdue ones) the highest step of the
     * escalation ladder taken by that day.
     */
    List<StockGroup> stockOn(LocalDate day, ZoneId zone, DataScope scope);

    /**
     * The four counts the campaign's targets are measured with on the {@link CampaignIndicators.Days days} of
     * {@code asOf}: the major hazards found on or before {@link HazardTargets#stockFoundOnOrBefore()} still in the
     * stock, those determined major within the year before and within the target's year, those overdue in the stock.
     */
    TargetCounts targetsAsOf(CampaignIndicators.Days days, HazardTargets targets, ZoneId zone, DataScope scope);

    /**
     * A group of major hazards in the stock.
     *
     * @param highestStep the highest escalation step taken by the day, for overdue hazards; {@code null} when none was
     *                    taken or the hazards are not overdue
     */
    record StockGroup(JurisdictionCode jurisdiction, IndustryCode industry, boolean overdue, boolean listed,
            EscalationStep highestStep, long count) {

        public StockGroup {
            Require.notNull(jurisdiction, "jurisdiction");
            Require.notNull(industry, "industry");
        }
    }

    /** The counts of the campaign's three targets. */
    record TargetCounts(long stockRemaining, long newMajorInPreviousYear, long newMajorInTargetYear,
            long overdueAtTarget) {
    }
}
