package org.zhiben.hazards;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * One move of a hazard through its lifecycle, as recorded in its history: who (the signer, "谁检查、谁签名、谁负责"),
 * when, why. The first entry of every history is the registration, whose {@code from} is {@code null}.
 */
public record HazardTransition(HazardStatus from, HazardStatus to, Actor actor, Instant at, String reason) {

    public HazardTransition {
        Require.notNull(to, "transition.to");
        Require.notNull(actor, "transition.actor");
        Require.notNull(at, "transition.at");
        reason = reason == null || reason.isBlank() ? null : Require.maxLength(reason.strip(), 2000, "reason");
    }
}
