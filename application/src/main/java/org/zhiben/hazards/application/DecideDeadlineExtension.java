package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** The supervising side decides the pending deadline extension request. */
public class DecideDeadlineExtension {

    private final HazardStore store;
    private final Clock clock;

    public DecideDeadlineExtension(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(DecideDeadlineExtensionCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        if (command.approved()) {
            hazard.approveDeadlineExtension(command.actor(), clock.instant(), command.reason());
        } else {
            hazard.rejectDeadlineExtension(command.actor(), clock.instant(), command.reason());
        }
        store.store(hazard);
    }
}
