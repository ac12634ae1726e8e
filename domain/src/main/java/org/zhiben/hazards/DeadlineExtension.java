package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A request to move the rectification deadline, and its decision by the supervising side. Only an approved request
 * moves the hazard's deadline, and only from the moment it is decided. A request still pending when the enterprise
 * submits its rectification, or when the hazard is cancelled, is withdrawn.
 */
public record DeadlineExtension(LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
        Actor requestedBy, Instant requestedAt, Decision decision, Actor decidedBy, Instant decidedAt,
        String decisionReason) {

    /** Where the request stands. */
    public enum Decision { PENDING, APPROVED, REJECTED, WITHDRAWN }

    public DeadlineExtension {
        Require.notNull(previousDeadline, "extension.previousDeadline");
        Require.notNull(requestedDeadline, "extension.requestedDeadline");
        if (!requestedDeadline.isAfter(previousDeadline)) {
            throw new InvalidValueException("newDeadline", "hazard.extension.not-later",
                    "the requested deadline must be later than the current one", requestedDeadline,
                    previousDeadline);
        }
        reason = Require.maxLength(Require.notBlank(reason, "reason"), 2000, "reason");
        Require.notNull(requestedBy, "extension.requestedBy");
        Require.notNull(requestedAt, "extension.requestedAt");
        Require.notNull(decision, "extension.decision");
        if (decision != Decision.PENDING) {
            Require.notNull(decidedBy, "extension.decidedBy");
            Require.notNull(decidedAt, "extension.decidedAt");
        }
        if (decision == Decision.REJECTED) {
            Require.notBlank(decisionReason, "reason");
        }
        decisionReason = decisionReason == null || decisionReason.isBlank() ? null
                : Require.maxLength(decisionReason.strip(), 2000, "reason");
    }

    static DeadlineExtension requested(LocalDate currentDeadline, LocalDate requestedDeadline, String reason,
            Actor actor, Instant at) {
        return new DeadlineExtension(currentDeadline, requestedDeadline, reason, actor, at, Decision.PENDING, null,
                null, null);
    }

    DeadlineExtension decided(Decision outcome, Actor actor, Instant at, String why) {
        return new DeadlineExtension(previousDeadline, requestedDeadline, reason, requestedBy, requestedAt, outcome,
                actor, at, why);
    }

    public boolean isPending() {
        return decision == Decision.PENDING;
    }

    public boolean isApproved() {
        return decision == Decision.APPROVED;
    }
}
