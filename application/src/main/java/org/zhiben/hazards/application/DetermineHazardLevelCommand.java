package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Records the level of a reported hazard as determined against the standard in force. */
public record DetermineHazardLevelCommand(HazardId hazardId, long expectedVersion, HazardLevelOutcome outcome,
        Actor actor, String reason) {

    public DetermineHazardLevelCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(outcome, "outcome");
    }
}
