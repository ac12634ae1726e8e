package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Cancels a hazard (e.g. a false report), giving the reason. */
public record CancelHazardCommand(HazardId hazardId, long expectedVersion, Actor actor, String reason) {

    public CancelHazardCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notBlank(reason, "reason");
    }
}
