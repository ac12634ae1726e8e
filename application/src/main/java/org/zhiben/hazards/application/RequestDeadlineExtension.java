package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** While rectifying, the enterprise asks for a later deadline; it changes only when approved. */
public class RequestDeadlineExtension {

    private final HazardStore store;
    private final Clock clock;

    public RequestDeadlineExtension(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(RequestDeadlineExtensionCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.requestDeadlineExtension(command.newDeadline(), command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
