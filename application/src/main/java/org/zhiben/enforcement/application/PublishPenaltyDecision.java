package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyCase;

/** 执法公示: publishes a decision today (due within 7 working days of it). */
public class PublishPenaltyDecision {

    public static final String ACTION = "penalty-case.published";

    private final EnforcementStore store;

    public PublishPenaltyDecision(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        penaltyCase.publish(store.today(), store.now());
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, null, "publishedOn=" + store.today() + ";dueOn="
                + penaltyCase.publicationDueOn().orElseThrow());
    }
}
