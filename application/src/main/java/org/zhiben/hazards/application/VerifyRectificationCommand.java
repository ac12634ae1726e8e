package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;

/** The supervising department accepts the rectification; the reason is its acceptance opinion. */
public record VerifyRectificationCommand(HazardId hazardId, long expectedVersion, Actor actor, String reason) {

    public VerifyRectificationCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
    }
}
