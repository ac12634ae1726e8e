package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.MajorHazard;
import java.time.Clock;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.storage.MajorHazards;

/**
 * Computes the dynamic hazard stock statistics table (附表1) for a period from the hazards' recorded history, in the
 * time zone of the clock, so that a past month always gives the same figures. The opening stock found on or before
 * the loaded plan's baseline is counted apart.
 */
public class ComputeHazardStock {

    private final MajorHazards hazards;
    private final CampaignTargets targets;
    private final Clock clock;

    public ComputeHazardStock(MajorHazards hazards, CampaignTargets targets, Clock clock) {
        this.hazards = hazards;
        this.targets = targets;
        this.clock = clock;
    }

    public HazardStock execute(ComputeHazardStockQuery query) {
        List<MajorHazard> inScope = hazards.findAllForStock(query.jurisdiction(), query.industry(), query.scope());
        return HazardStock.asOf(inScope, query.periodStart(), query.periodEnd(), clock.getZone(),
                PlanHazardTargets.of(targets).stockFoundOnOrBefore());
    }
}
