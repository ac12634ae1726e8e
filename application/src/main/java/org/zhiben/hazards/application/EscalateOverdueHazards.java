package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Run by a scheduler (daily): for each hazard overdue today, notes it as overdue, takes the next step of the
 * escalation ladder that the policy in force makes due (函告 → 通报 → 约谈 → 曝光, in order, never skipping one): every
 * step its days overdue warrant, so that a hazard long overdue catches up in one run with the step it has reached,
 * records them (also in the audit trail) and publishes {@link HazardEscalated}, to which {@link NotifyEnterprise} reacts
 * by notifying the enterprise's principal and actual controller. Task 25: "对进展缓慢的及时采取函告、通报、约谈、曝光等措施".
 */
public class EscalateOverdueHazards {

    /** The action recorded in the audit trail for each step taken. */
    public static final String ACTION = "hazard.escalated";

    private final MajorHazards hazards;
    private final HazardStore store;
    private final List<EscalationPolicy> policies;
    private final Clock clock;

    /**
     * @param policies the escalation policies, each in force from its {@code effectiveFrom} until a later one
     */
    public EscalateOverdueHazards(HazardStore store, List<EscalationPolicy> policies) {
        this.hazards = store.hazards();
        this.store = store;
        this.policies = List.copyOf(Require.notEmpty(policies, "policies"));
        this.clock = store.clock();
    }

    /** @return the escalation steps taken in this run */
    public List<HazardEscalated> execute(EscalateOverdueHazardsCommand command) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        EscalationPolicy policy = EscalationPolicy.inForceOn(policies, today);
        List<HazardEscalated> taken = new ArrayList<>();
        for (MajorHazard hazard : hazards.findOverdue(today)) {
            boolean noted = hazard.noteOverdue(today, now);
            List<EscalationStep> due = policy.dueSteps(hazard, today);
            UnitCode actingUnit = hazard.listing().map(Listing::supervisingUnit).orElse(command.defaultActingUnit());
            for (EscalationStep step : due) {
                hazard.recordEscalation(step, today, actingUnit, command.actor(), now);
            }
            if (!noted && due.isEmpty()) {
                continue;
            }
            List<HazardEscalated> escalated = store.store(hazard).events().stream()
                    .filter(HazardEscalated.class::isInstance).map(HazardEscalated.class::cast).toList();
            for (HazardEscalated event : escalated) {
                store.audit(command.actor(), hazard.id(), ACTION, command.reason(), "step=" + event.step()
                        + ";actingUnit=" + event.actingUnit().value() + ";on=" + event.on());
                taken.add(event);
            }
        }
        return taken;
    }
}
