package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** RECTIFYING → RECTIFIED: the enterprise submits its evidence; its deadline clock stops. */
public class SubmitRectification {

    private final HazardStore store;
    private final Clock clock;

    public SubmitRectification(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(SubmitRectificationCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.submitRectification(command.evidence(), command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
