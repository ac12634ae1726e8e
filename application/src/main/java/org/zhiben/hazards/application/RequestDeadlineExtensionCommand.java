package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** The enterprise asks for a later rectification deadline, giving its reason. */
public record RequestDeadlineExtensionCommand(HazardId hazardId, long expectedVersion, LocalDate newDeadline,
        Actor actor, String reason) {

    public RequestDeadlineExtensionCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(newDeadline, "newDeadline");
        Require.notBlank(reason, "reason");
    }
}
