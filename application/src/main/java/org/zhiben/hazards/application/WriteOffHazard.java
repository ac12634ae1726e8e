package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** VERIFIED → WRITTEN_OFF: closed-loop write-off reviewed by the supervising department (审核把关销号). */
public class WriteOffHazard {

    private final HazardStore store;
    private final Clock clock;

    public WriteOffHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(WriteOffHazardCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.writeOff(command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
