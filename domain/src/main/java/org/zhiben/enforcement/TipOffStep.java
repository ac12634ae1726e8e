package org.zhiben.enforcement;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** One step a tip-off took: the status reached, by whom and when. */
public record TipOffStep(TipOffStatus status, Actor actor, Instant at) {

    public TipOffStep {
        Require.notNull(status, "status");
        Require.notNull(actor, "actor");
        Require.notNull(at, "at");
    }
}
