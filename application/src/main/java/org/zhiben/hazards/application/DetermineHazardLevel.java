package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/**
 * REPORTED → DETERMINED with the level found against the determination standard; a major hazard is notified to the
 * enterprise's principal and actual controller.
 */
public class DetermineHazardLevel {

    private final HazardStore store;
    private final EnterpriseNotices notices;
    private final Clock clock;

    public DetermineHazardLevel(MajorHazards hazards, DomainEvents events, HazardNotifications notifications,
            Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.notices = new EnterpriseNotices(notifications);
        this.clock = clock;
    }

    public void execute(DetermineHazardLevelCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.determine(command.outcome(), command.actor(), clock.instant(), command.reason());
        store.store(hazard);
        if (hazard.level() == HazardLevel.MAJOR) {
            notices.notifyMajorHazardRegistered(hazard);
        }
    }
}
