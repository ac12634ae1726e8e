package org.zhiben.hazards.application;

import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** The enterprise reports the hazard rectified, with its evidence. */
public record SubmitRectificationCommand(HazardId hazardId, long expectedVersion, RectificationEvidence evidence,
        Actor actor, String reason) {

    public SubmitRectificationCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(evidence, "evidence");
    }
}
