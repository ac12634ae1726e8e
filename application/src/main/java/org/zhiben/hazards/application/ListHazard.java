package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.shared.InvalidValueException;

/** Lists a major hazard for supervision (挂牌督办), from a listing date that is not in the future. */
public class ListHazard {

    private final HazardStore store;
    private final Clock clock;

    public ListHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(ListHazardCommand command) {
        if (command.listedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("listedOn", "hazard.date.in-future",
                    "the listing date cannot be in the future", command.listedOn());
        }
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.list(command.level(), command.supervisingUnit(), command.responsibleUnit(), command.listedOn(),
                command.deadline(), command.actor(), clock.instant());
        store.store(hazard);
    }
}
