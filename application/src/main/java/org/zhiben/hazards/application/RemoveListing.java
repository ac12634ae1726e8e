package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.shared.InvalidValueException;

/** Removes the listing of a hazard (摘牌) as of a date that is not in the future. */
public class RemoveListing {

    private final HazardStore store;
    private final Clock clock;

    public RemoveListing(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(RemoveListingCommand command) {
        if (command.removedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("removedOn", "hazard.date.in-future",
                    "the removal date cannot be in the future", command.removedOn());
        }
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.removeListing(command.removedOn(), command.reason(), command.actor(), clock.instant());
        store.store(hazard);
    }
}
