package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** VERIFIED → WRITTEN_OFF: closed-loop write-off reviewed by the supervising department (审核把关销号). */
public class WriteOffHazard {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.written-off";

    private final HazardStore store;
    private final Clock clock;

    public WriteOffHazard(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(WriteOffHazardCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            hazard.writeOff(command.actor(), clock.instant(), command.reason());
            return null;
        });
    }
}
