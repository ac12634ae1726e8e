package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;

/** Lists a major hazard for supervision (挂牌督办), from a listing date that is not in the future. */
public class ListHazard {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.listed";

    private final HazardStore store;
    private final Clock clock;

    public ListHazard(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(ListHazardCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, null, () -> {
            if (command.listedOn().isAfter(LocalDate.now(clock))) {
                throw new InvalidValueException("listedOn", "hazard.date.in-future",
                        "the listing date cannot be in the future", command.listedOn());
            }
            if (command.deadline() != null && command.deadline().isBefore(LocalDate.now(clock))) {
                throw new InvalidValueException("listing.deadline", "hazard.listing.deadline-in-past",
                        "the listing deadline cannot be a day already past", command.deadline(),
                        LocalDate.now(clock));
            }
        }, hazard -> {
            hazard.list(command.level(), command.supervisingUnit(), command.responsibleUnit(), command.listedOn(),
                    command.deadline(), command.actor(), clock.instant());
            return "listingLevel=" + command.level() + ";supervisingUnit=" + command.supervisingUnit().value()
                    + ";responsibleUnit=" + command.responsibleUnit().value() + ";listedOn=" + command.listedOn()
                    + ";deadline=" + command.deadline();
        });
    }
}
