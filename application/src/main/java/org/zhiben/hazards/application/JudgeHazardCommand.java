package org.zhiben.hazards.application;

import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;

/**
 * Determines the level of a reported hazard against the standard in force on its discovery day for its industry.
 *
 * @param clause the clause of that standard the finding matches, or {@code null} when it matches none
 */
public record JudgeHazardCommand(HazardId hazardId, long expectedVersion, ClauseReference clause, Actor actor,
        String reason) {

    public JudgeHazardCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
    }
}
