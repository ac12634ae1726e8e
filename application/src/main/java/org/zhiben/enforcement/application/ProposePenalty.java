package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.SelfInspectionFacts;
import org.zhiben.enforcement.SelfInspectionPenaltyRule;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.NotFoundException;

/**
 * What the task-24 rule in force today proposes for a hazard inside the caller's scope, read from its history, with
 * the findings of fake or refused rectification and operation at risk that only an inspection establishes.
 */
public class ProposePenalty {

    private final EnforcementStore store;
    private final HazardIntake hazards;

    public ProposePenalty(EnforcementStore store, HazardIntake hazards) {
        this.store = store;
        this.hazards = hazards;
    }

    public PenaltyAssessment execute(HazardId hazardId, boolean fakeRectification, boolean notRectifying,
            boolean operatingAtRisk) {
        MajorHazard hazard = hazards.find(hazardId).orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY,
                hazardId));
        SelfInspectionFacts facts = SelfInspectionFacts.of(hazard, store.today(), store.clock().getZone(),
                fakeRectification, notRectifying, operatingAtRisk);
        return new SelfInspectionPenaltyRule(PenaltyRuleVersion.inForceOn(store.rules().penaltyRules(),
                store.today())).assess(facts);
    }
}
