package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/**
 * REPORTED → DETERMINED with the level found against the determination standard; a major hazard is notified to the
 * enterprise's principal and actual controller by {@link NotifyEnterprise}, in reaction to the
 * {@code HazardDetermined} event.
 */
public class DetermineHazardLevel {

    private final HazardStore store;
    private final Clock clock;

    public DetermineHazardLevel(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(DetermineHazardLevelCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.determine(command.outcome(), command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
