package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/** A step of the escalation ladder taken against a hazard: which, on which day, by which unit, signed by whom. */
public record EscalationRecord(EscalationStep step, LocalDate on, UnitCode actingUnit, Actor actor) {

    public EscalationRecord {
        Require.notNull(step, "escalation.step");
        Require.notNull(on, "escalation.on");
        Require.notNull(actingUnit, "escalation.actingUnit");
        Require.notNull(actor, "escalation.actor");
    }
}
