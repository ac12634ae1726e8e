package org.zhiben.enforcement.application;

import org.zhiben.enforcement.LegalReview;
import org.zhiben.enforcement.PenaltyCase;

/** 法制审核: records the signed-in legal reviewer's review (approved or returned, with the opinion) of a decision. */
public class RecordLegalReview {

    public static final String ACTION = "penalty-case.legal-reviewed";

    private final EnforcementStore store;

    public RecordLegalReview(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target, boolean approved, String opinion) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        penaltyCase.recordLegalReview(new LegalReview(approved, opinion, store.caller(), store.now()));
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, opinion, "approved=" + approved);
    }
}
