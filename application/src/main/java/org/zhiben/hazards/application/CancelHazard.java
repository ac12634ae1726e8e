package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** REPORTED, DETERMINED or RECTIFYING → CANCELLED, with a reason; a listing in force ends with it (摘牌). */
public class CancelHazard {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.cancelled";

    private final HazardStore store;
    private final Clock clock;

    public CancelHazard(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(CancelHazardCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            hazard.cancel(command.actor(), clock.instant(), clock.getZone(), command.reason());
            return null;
        });
    }
}
