package org.zhiben.hazards.application;

import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Sets the rectification plan with its five items (五落实). */
public record SetRectificationPlanCommand(HazardId hazardId, long expectedVersion, RectificationPlan plan,
        Actor actor, String reason) {

    public SetRectificationPlanCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(plan, "plan");
    }
}
