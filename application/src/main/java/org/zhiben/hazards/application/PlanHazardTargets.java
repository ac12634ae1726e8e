package org.zhiben.hazards.application;

import org.zhiben.campaign.CampaignTarget;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.TargetMeasure;
import org.zhiben.hazards.HazardTargets;

/**
 * The major-hazard targets of the loaded plan, read through the campaign's {@link CampaignTargets}: the target
 * measured by each {@link TargetMeasure} gives its day, baseline and most-remaining value.
 */
final class PlanHazardTargets {

    private PlanHazardTargets() {
    }

    static HazardTargets of(CampaignTargets targets) {
        CampaignTarget stock = required(targets, TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED);
        CampaignTarget increment = required(targets, TargetMeasure.MAJOR_HAZARD_INCREMENT_CONTAINED);
        CampaignTarget clearance = required(targets, TargetMeasure.MAJOR_HAZARD_DYNAMIC_CLEARANCE);
        return new HazardTargets(stock.foundOnOrBefore(), stock.measuredOn(), stock.atMost(),
                increment.measuredOn(), clearance.measuredOn(), clearance.atMost());
    }

    private static CampaignTarget required(CampaignTargets targets, TargetMeasure measure) {
        return targets.measuredBy(measure).orElseThrow(() -> new IllegalStateException(
                "the loaded plan has no campaign target measured by " + measure + " (campaign.yaml, campaignTargets)"));
    }
}
