package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.NotFoundException;

/** Loads a hazard for a command at the version the command was prepared against, and stores it with its events. */
final class HazardStore {

    private final MajorHazards hazards;
    private final DomainEvents events;

    HazardStore(MajorHazards hazards, DomainEvents events) {
        this.hazards = hazards;
        this.events = events;
    }

    MajorHazard load(HazardId id, long expectedVersion) {
        MajorHazard hazard = hazards.findById(id).orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY, id));
        hazard.requireVersion(expectedVersion);
        return hazard;
    }

    /** Saves the hazard, then publishes the events it raised; returns them. */
    List<DomainEvent> store(MajorHazard hazard) {
        hazards.save(hazard);
        List<DomainEvent> raised = hazard.pullEvents();
        raised.forEach(events::publish);
        return raised;
    }
}
