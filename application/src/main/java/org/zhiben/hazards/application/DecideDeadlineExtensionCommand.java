package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** The supervising side approves or rejects the pending extension request; a rejection gives its reason. */
public record DecideDeadlineExtensionCommand(HazardId hazardId, long expectedVersion, boolean approved, Actor actor,
        String reason) {

    public DecideDeadlineExtensionCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        if (!approved) {
            Require.notBlank(reason, "reason");
        }
    }
}
