package org.zhiben.enforcement;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * A reward for a tip-off: decided by one person and approved by a second (four eyes); the same person cannot do both.
 */
public record RewardDecision(RewardCalculation calculation, Actor decidedBy, Instant decidedAt, Actor approvedBy,
        Instant approvedAt) {

    public RewardDecision {
        Require.notNull(calculation, "calculation");
        Require.notNull(decidedBy, "decidedBy");
        Require.notNull(decidedAt, "decidedAt");
        if ((approvedBy == null) != (approvedAt == null)) {
            throw new IllegalArgumentException("an approval names who approved and when");
        }
        if (approvedBy != null && approvedBy.username().equals(decidedBy.username())) {
            throw new RuleViolationException("enforcement.reward.four-eyes",
                    "a reward is approved by a second person, not by the one who decided it", decidedBy.username());
        }
    }

    public RewardDecision approve(Actor approver, Instant at) {
        return new RewardDecision(calculation, decidedBy, decidedAt, Require.notNull(approver, "approver"),
                Require.notNull(at, "at"));
    }

    public boolean approved() {
        return approvedBy != null;
    }

    public Money amount() {
        return calculation.amount();
    }
}
