package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;

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
                () -> {
                    if (command.newDeadline() != null && command.newDeadline().isBefore(LocalDate.now(clock))) {
                        throw new InvalidValueException("newDeadline", "hazard.extension.deadline-in-past",
                                "the requested deadline cannot be a day already past", command.newDeadline(),
                                LocalDate.now(clock));
                    }
                }, hazard -> {
            hazard.requestDeadlineExtension(command.newDeadline(), command.actor(), clock.instant(), command.reason());
            return "requestedDeadline=" + command.newDeadline();
        });
    }
}
