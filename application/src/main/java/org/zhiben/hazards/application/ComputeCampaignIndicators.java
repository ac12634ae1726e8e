package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.hazards.storage.HazardCounts;
import org.zhiben.shared.DataScope;

/**
 * Measures the campaign's three major-hazard targets as of a day (today when none is given), with the dates and values
 * of the loaded plan's campaign targets, from the counts where the hazards are stored ({@link HazardCounts}), never
 * by loading them.
 */
public class ComputeCampaignIndicators {

    private final HazardCounts counts;
    private final CampaignTargets targets;
    private final Clock clock;

    public ComputeCampaignIndicators(HazardCounts counts, CampaignTargets targets, Clock clock) {
        this.counts = counts;
        this.targets = targets;
        this.clock = clock;
    }

    public CampaignIndicators execute(LocalDate asOf) {
        return execute(asOf, DataScope.wholePrefecture());
    }

    /** The targets measured over the hazards inside {@code scope} only (the caller's data scope). */
    public CampaignIndicators execute(LocalDate asOf, DataScope scope) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        HazardTargets plan = PlanHazardTargets.of(targets);
        HazardCounts.TargetCounts measured = counts.targetsAsOf(CampaignIndicators.Days.of(day, plan), plan,
                clock.getZone(), scope);
        return CampaignIndicators.of(day, plan, measured.stockRemaining(), measured.newMajorInPreviousYear(),
                measured.newMajorInTargetYear(), measured.overdueAtTarget());
    }
}
