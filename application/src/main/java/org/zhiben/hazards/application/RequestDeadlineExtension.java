package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.MajorHazard;

/** While rectifying, the enterprise asks for a later deadline; it changes only when approved. */
public class RequestDeadlineExtension {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.extension-requested";

    private final HazardStore store;
    private final Clock clock;

    public RequestDeadlineExtension(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(RequestDeadlineExtensionCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            hazard.requestDeadlineExtension(command.newDeadline(), command.actor(), clock.instant(), command.reason());
            return "requestedDeadline=" + command.newDeadline();
        });
    }
}
