package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** RECTIFIED → RECTIFYING: acceptance refused with reasons; the refusal is counted. */
public class RefuseAcceptance {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.acceptance-refused";

    private final HazardStore store;
    private final Clock clock;

    public RefuseAcceptance(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(RefuseAcceptanceCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            hazard.refuseAcceptance(command.actor(), clock.instant(), command.reason());
            return null;
        });
    }
}
