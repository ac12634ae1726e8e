package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.TipOff;
import org.zhiben.hazards.HazardId;

/** Links a verified tip-off to the hazard and/or the penalty case (inside the caller's scope) it led to. */
public class LinkTipOffOutcome {

    public static final String ACTION = "tip-off.outcome-linked";

    private final EnforcementStore store;

    public LinkTipOffOutcome(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target, HazardId hazardId, PenaltyCaseId caseId) {
        TipOff tipOff = TipOffSteps.load(store, target);
        if (caseId != null) {
            store.penaltyCase(caseId);
        }
        tipOff.linkOutcome(hazardId, caseId, store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "hazard="
                + tipOff.hazard().map(HazardId::toString).orElse("") + ";case="
                + tipOff.penaltyCase().map(PenaltyCaseId::toString).orElse(""));
    }
}
