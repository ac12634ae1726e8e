package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** The supervising department refuses the rectification, giving its reasons. */
public record RefuseAcceptanceCommand(HazardId hazardId, long expectedVersion, Actor actor, String reason) {

    public RefuseAcceptanceCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notBlank(reason, "reason");
    }
}
