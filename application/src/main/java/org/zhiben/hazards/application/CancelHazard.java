package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** REPORTED, DETERMINED or RECTIFYING → CANCELLED, with a reason. */
public class CancelHazard {

    private final HazardStore store;
    private final Clock clock;

    public CancelHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(CancelHazardCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.cancel(command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
