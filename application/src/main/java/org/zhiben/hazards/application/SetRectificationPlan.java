package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;

/**
 * DETERMINED → RECTIFYING: the enterprise's plan with owner, measures, funds, deadline and contingency plan. The deadline
 * cannot be a day already past: a hazard is not overdue the moment its plan is set.
 */
public class SetRectificationPlan {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.plan-set";

    private final HazardStore store;
    private final Clock clock;

    public SetRectificationPlan(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(SetRectificationPlanCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                () -> {
                    if (command.plan().deadline().isBefore(LocalDate.now(clock))) {
                        throw new InvalidValueException("plan.deadline", "hazard.plan.deadline-in-past",
                                "the rectification deadline cannot be a day already past",
                                command.plan().deadline(), LocalDate.now(clock));
                    }
                }, hazard -> {
            hazard.setRectificationPlan(command.plan(), command.actor(), clock.instant(), command.reason());
            return "deadline=" + command.plan().deadline() + ";fundsFen=" + command.plan().fundsFen();
        });
    }
}
