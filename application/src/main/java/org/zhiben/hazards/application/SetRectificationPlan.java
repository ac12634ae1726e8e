package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** DETERMINED → RECTIFYING: the enterprise's plan with owner, measures, funds, deadline and contingency plan. */
public class SetRectificationPlan {

    private final HazardStore store;
    private final Clock clock;

    public SetRectificationPlan(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(SetRectificationPlanCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.setRectificationPlan(command.plan(), command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
