package org.zhiben.hazards.application;

import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A run of the escalation of overdue hazards.
 *
 * @param defaultActingUnit the unit that takes the steps for a hazard that is not listed (normally the committee
 *                          office, 安委会办公室, lead unit of task 25); a listed hazard is escalated by its supervising
 *                          unit
 * @param actor             who runs it (the scheduler runs as {@link Actor#SYSTEM})
 */
public record EscalateOverdueHazardsCommand(UnitCode defaultActingUnit, Actor actor, String reason) {

    public EscalateOverdueHazardsCommand {
        Require.notNull(defaultActingUnit, "defaultActingUnit");
        Require.notNull(actor, "actor");
    }

    /** A run without a reason recorded with its steps. */
    public EscalateOverdueHazardsCommand(UnitCode defaultActingUnit, Actor actor) {
        this(defaultActingUnit, actor, null);
    }
}
