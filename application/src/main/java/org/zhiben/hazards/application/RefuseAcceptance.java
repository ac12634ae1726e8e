package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** RECTIFIED → RECTIFYING: acceptance refused with reasons; the refusal is counted. */
public class RefuseAcceptance {

    private final HazardStore store;
    private final Clock clock;

    public RefuseAcceptance(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(RefuseAcceptanceCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.refuseAcceptance(command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
