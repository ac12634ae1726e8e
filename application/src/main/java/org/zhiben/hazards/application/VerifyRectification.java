package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.DutySeparationRule.Duty;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.DutySeparationRules;

/**
 * RECTIFIED → VERIFIED: acceptance by the supervising department, signed (谁检查、谁签名、谁负责), by an officer the
 * separation-of-duties rule in force allows ({@link DutySeparationRule}: not whoever reported or rectified it).
 */
public class VerifyRectification {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.verified";

    private final HazardStore store;
    private final DutySeparationRules duties;
    private final Clock clock;

    public VerifyRectification(HazardStore store, DutySeparationRules duties) {
        this.store = store;
        this.duties = duties;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(VerifyRectificationCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            if (hazard.status() == HazardStatus.RECTIFIED) {
                // only for a move the status allows: any other is refused as such
                DutySeparationRule.inForceOn(duties.findAll(), LocalDate.now(clock))
                        .check(hazard, Duty.VERIFY, command.actor());
            }
            hazard.verify(command.actor(), clock.instant(), command.reason());
            return null;
        });
    }
}
