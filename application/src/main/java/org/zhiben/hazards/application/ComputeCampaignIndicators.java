package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.DataScope;

/**
 * Measures the campaign's three major-hazard targets as of a day (today when none is given), with the dates and values
 * of the loaded plan's campaign targets.
 */
public class ComputeCampaignIndicators {

    private final MajorHazards hazards;
    private final CampaignTargets targets;
    private final Clock clock;

    public ComputeCampaignIndicators(MajorHazards hazards, CampaignTargets targets, Clock clock) {
        this.hazards = hazards;
        this.targets = targets;
        this.clock = clock;
    }

    public CampaignIndicators execute(LocalDate asOf) {
        return execute(asOf, DataScope.wholePrefecture());
    }

    /** The targets measured over the hazards inside {@code scope} only (the caller's data scope). */
    public CampaignIndicators execute(LocalDate asOf, DataScope scope) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return CampaignIndicators.asOf(hazards.findAllForStock(null, null, scope), day, clock.getZone(),
                PlanHazardTargets.of(targets));
    }
}
