package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.DutySeparationRule.Duty;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.DutySeparationRules;

/**
 * VERIFIED → WRITTEN_OFF: closed-loop write-off reviewed by the supervising department (审核把关销号), by an officer the
 * separation-of-duties rule in force allows ({@link DutySeparationRule}); a listing in force ends with it (摘牌).
 */
public class WriteOffHazard {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.written-off";

    private final HazardStore store;
    private final DutySeparationRules duties;
    private final Clock clock;

    public WriteOffHazard(HazardStore store, DutySeparationRules duties) {
        this.store = store;
        this.duties = duties;
        this.clock = store.clock();
    }

    /** @return the hazard as stored, at its new version */
    public MajorHazard execute(WriteOffHazardCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
            if (hazard.status() == HazardStatus.VERIFIED) {
                // only for a move the status allows: any other is refused as such
                DutySeparationRule.inForceOn(duties.findAll(), LocalDate.now(clock))
                        .check(hazard, Duty.WRITE_OFF, command.actor());
            }
            hazard.writeOff(command.actor(), clock.instant(), clock.getZone(), command.reason());
            return null;
        });
    }
}
