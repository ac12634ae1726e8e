package org.zhiben.campaign;

import java.util.List;
import java.util.Optional;

/** The campaign's overall targets as the loaded plan states them (read-only reference data). */
public interface CampaignTargets {

    /** Every target, in the order of the plan. */
    List<CampaignTarget> findAll();

    /** The target measured this way, if the plan has one (a plan measures each way at most once). */
    default Optional<CampaignTarget> measuredBy(TargetMeasure measure) {
        return findAll().stream().filter(target -> target.measure() == measure).findFirst();
    }
}
