package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** The supervising side decides the pending deadline extension request. */
public class DecideDeadlineExtension {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.extension-decided";

    private final HazardStore store;
    private final Clock clock;

    public DecideDeadlineExtension(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(DecideDeadlineExtensionCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            if (command.approved()) {
                hazard.approveDeadlineExtension(command.actor(), clock.instant(), command.reason());
            } else {
                hazard.rejectDeadlineExtension(command.actor(), clock.instant(), command.reason());
            }
            return "approved=" + command.approved();
        });
    }
}
