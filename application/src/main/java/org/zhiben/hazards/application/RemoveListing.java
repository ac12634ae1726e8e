package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;

/** Removes the listing of a hazard (摘牌), with the reason, from a day that is not in the future. */
public class RemoveListing {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.listing-removed";

    private final HazardStore store;
    private final Clock clock;

    public RemoveListing(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(RemoveListingCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                () -> {
                    if (command.removedOn().isAfter(LocalDate.now(clock))) {
                        throw new InvalidValueException("removedOn", "hazard.date.in-future",
                                "the removal date cannot be in the future", command.removedOn());
                    }
                }, hazard -> {
                    hazard.removeListing(command.removedOn(), command.reason(), command.actor(), clock.instant());
                    return "removedOn=" + command.removedOn();
                });
    }
}
