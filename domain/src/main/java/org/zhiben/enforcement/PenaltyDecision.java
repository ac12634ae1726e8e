package org.zhiben.enforcement;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * An officer's decision on the outcome the task-24 rule proposed: the policy proposes, the officer decides. A decision
 * that departs from the proposal needs a reason, which is kept and shown with the decision.
 *
 * @param proposed the outcome the rule proposed
 * @param decided  the outcome the officer decided
 * @param reason   why the officer departed from the proposal; {@code null} when following it
 */
public record PenaltyDecision(PenaltyGuidance proposed, PenaltyGuidance decided, String reason, Actor decidedBy,
        Instant decidedAt) {

    public PenaltyDecision {
        Require.notNull(proposed, "proposed");
        Require.notNull(decided, "decided");
        Require.notNull(decidedBy, "decidedBy");
        Require.notNull(decidedAt, "decidedAt");
        reason = reason == null || reason.isBlank() ? null : Require.maxLength(reason.strip(), 2000, "reason");
        if (proposed != decided && reason == null) {
            throw new RuleViolationException("enforcement.penalty.departure-without-reason",
                    "deciding " + decided + " instead of the proposed " + proposed + " needs a reason",
                    decided.label(), proposed.label());
        }
    }

    /** The officer's decision on {@code assessment}. */
    public static PenaltyDecision on(PenaltyAssessment assessment, PenaltyGuidance decided, String reason,
            Actor decidedBy, Instant decidedAt) {
        Require.notNull(assessment, "assessment");
        return new PenaltyDecision(assessment.outcome(), decided, reason, decidedBy, decidedAt);
    }

    /** Whether the officer decided otherwise than proposed. */
    public boolean departsFromProposal() {
        return proposed != decided;
    }
}
