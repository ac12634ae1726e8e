package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** RECTIFIED → VERIFIED: acceptance by the supervising department, signed (谁检查、谁签名、谁负责). */
public class VerifyRectification {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.verified";

    private final HazardStore store;
    private final Clock clock;

    public VerifyRectification(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(VerifyRectificationCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            hazard.verify(command.actor(), clock.instant(), command.reason());
            return null;
        });
    }
}
