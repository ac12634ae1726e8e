package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;

/** The supervising department writes the hazard off (销号). */
public record WriteOffHazardCommand(HazardId hazardId, long expectedVersion, Actor actor, String reason) {

    public WriteOffHazardCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
    }
}
