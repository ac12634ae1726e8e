package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.DutySeparationRule.Duty;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.DutySeparationRules;

/**
 * The supervising side decides the pending deadline extension request — never whoever requested it, while the
 * separation-of-duties rule in force says so ({@link DutySeparationRule}). An approval moves the listing deadline too.
 */
public class DecideDeadlineExtension {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.extension-decided";

    private final HazardStore store;
    private final DutySeparationRules duties;
    private final Clock clock;

    public DecideDeadlineExtension(HazardStore store, DutySeparationRules duties) {
        this.store = store;
        this.duties = duties;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(DecideDeadlineExtensionCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            DutySeparationRule.inForceOn(duties.findAll(), LocalDate.now(clock))
                    .check(hazard, Duty.DECIDE_EXTENSION, command.actor());
            if (command.approved()) {
                hazard.approveDeadlineExtension(command.actor(), clock.instant(), command.reason());
            } else {
                hazard.rejectDeadlineExtension(command.actor(), clock.instant(), command.reason());
            }
            return "approved=" + command.approved();
        });
    }
}
