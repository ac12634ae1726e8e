package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyCase;

/**
 * 决定: the decision by the caller's unit on a day not in the future; a major decision (under the rule in force that
 * day) only after an approved legal review. The decision is then due for publication within 7 working days.
 */
public class DecidePenaltyCase {

    public static final String ACTION = "penalty-case.decided";

    private final EnforcementStore store;

    public DecidePenaltyCase(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target, LocalDate on) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        LocalDate day = PenaltyCaseSteps.notInFuture(store, on, "decidedOn");
        MajorDecisionRule rule = MajorDecisionRule.inForceOn(store.rules().majorDecisionRules(), day);
        penaltyCase.decide(day, rule, store.rules().calendar(), store.caller(), store.now());
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, null, "decidedOn=" + day + ";major="
                + penaltyCase.isMajor(rule) + ";publicationDueOn=" + penaltyCase.publicationDueOn().orElseThrow());
    }
}
