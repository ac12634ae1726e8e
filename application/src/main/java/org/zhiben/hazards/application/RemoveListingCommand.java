package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Removes the listing in force (摘牌), after the write-off or by decision, with the reason. */
public record RemoveListingCommand(HazardId hazardId, long expectedVersion, LocalDate removedOn, String reason,
        Actor actor) {

    public RemoveListingCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(removedOn, "removedOn");
        Require.notBlank(reason, "reason");
    }
}
