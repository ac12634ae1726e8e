package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.SelfInspectionFacts;
import org.zhiben.enforcement.SelfInspectionPenaltyRule;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalChecks;
import org.zhiben.shared.NotFoundException;

/**
 * What the task-24 rule in force today proposes for a hazard inside the caller's scope, read from its history and from
 * the enterprise's principal's periodic checks on the day it was found (the hazards module's declared
 * {@link PrincipalChecks}: missed checks are 不自查), with the findings of fake or refused rectification and operation
 * at risk that only an inspection establishes.
 */
public class ProposePenalty {

    private final EnforcementStore store;
    private final HazardIntake hazards;
    private final PrincipalChecks principalChecks;

    public ProposePenalty(EnforcementStore store, HazardIntake hazards, PrincipalChecks principalChecks) {
        this.store = store;
        this.hazards = hazards;
        this.principalChecks = principalChecks;
    }

    public PenaltyAssessment execute(HazardId hazardId, boolean fakeRectification, boolean notRectifying,
            boolean operatingAtRisk) {
        MajorHazard hazard = hazards.find(hazardId).orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY,
                hazardId));
        SelfInspectionFacts facts = SelfInspectionFacts.of(hazard, store.today(), store.clock().getZone(),
                principalChecks.standingOn(hazard.enterpriseId(), hazard.discoveredOn()), fakeRectification,
                notRectifying, operatingAtRisk);
        return new SelfInspectionPenaltyRule(PenaltyRuleVersion.inForceOn(store.rules().penaltyRules(),
                store.today())).assess(facts);
    }
}
