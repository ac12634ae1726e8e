package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One unit's part of a key task as the ledger shows it on a given day (the per-unit breakdown, 分单位进展).
 *
 * @param lead                whether the unit is a lead unit (牵头单位) of the task
 * @param completedMilestones codes of the milestones whose completion by this unit the lead unit accepted, in the
 *                            plan's order
 * @param entryCount          how many entries the unit recorded on the task
 * @param lastReportedOn      the latest day an entry of the unit reports on; null when there is none
 * @param returnReason        the reason the lead unit gave when it returned the unit's latest entry; null unless
 *                            {@code status} is RETURNED or that entry was returned
 */
public record UnitProgress(UnitCode unit, boolean lead, UnitProgressStatus status, List<String> completedMilestones,
                           int entryCount, LocalDate lastReportedOn, String returnReason) {

    public UnitProgress {
        Require.notNull(unit, "unit");
        Require.notNull(status, "status");
        completedMilestones = List.copyOf(completedMilestones);
    }
}
