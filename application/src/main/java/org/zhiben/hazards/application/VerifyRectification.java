package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;

/** RECTIFIED → VERIFIED: acceptance by the supervising department, signed (谁检查、谁签名、谁负责). */
public class VerifyRectification {

    private final HazardStore store;
    private final Clock clock;

    public VerifyRectification(MajorHazards hazards, DomainEvents events, Clock clock) {
        this.store = new HazardStore(hazards, events);
        this.clock = clock;
    }

    public void execute(VerifyRectificationCommand command) {
        MajorHazard hazard = store.load(command.hazardId(), command.expectedVersion());
        hazard.verify(command.actor(), clock.instant(), command.reason());
        store.store(hazard);
    }
}
