package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.shared.InvalidValueException;

/**
 * Registers a hazard found through any channel (企业自查上报、督导检查发现、群众举报查实), and determines its level at once
 * when the command carries it. A major hazard is notified to the enterprise's principal and actual controller by
 * {@link NotifyEnterprise}, in reaction to its {@code HazardDetermined} event.
 */
public class RegisterHazard {

    private final HazardStore store;
    private final Clock clock;

    public RegisterHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public HazardId execute(RegisterHazardCommand command) {
        LocalDate today = LocalDate.now(clock);
        if (command.finding().discoveredOn().isAfter(today)) {
            throw new InvalidValueException("discoveredOn", "hazard.date.in-future",
                    "the discovery date cannot be in the future", command.finding().discoveredOn());
        }
        Instant now = clock.instant();
        MajorHazard hazard = MajorHazard.register(HazardId.newId(), command.finding(), command.actor(), now);
        if (command.outcome() != null) {
            hazard.determine(command.outcome(), command.actor(), now, null);
        }
        store.store(hazard);
        return hazard.id();
    }
}
