package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;

import org.zhiben.shared.Require;

/**
 * A key task as the ledger shows it on a given day.
 *
 * @param milestones     the task's milestones in the plan's order
 * @param entryCount     how many progress entries were recorded on the task
 * @param lastReportedOn the latest day an entry reports on; null when there is none
 * @param units          the per-unit breakdown: each unit answering for the task, in
 *                       {@link KeyTask#answeringUnits the order of the plan}
 */
public record TaskLedgerLine(KeyTask task, TaskStatus status, List<MilestoneLine> milestones, int entryCount,
                             LocalDate lastReportedOn, List<UnitProgress> units) {

    public TaskLedgerLine {
        Require.notNull(task, "task");
        Require.notNull(status, "status");
        milestones = List.copyOf(milestones);
        units = List.copyOf(units);
    }

    /** The name of the task's milestone with this code (its text in the plan); the code itself when unknown. */
    public String milestoneName(String code) {
        return task.milestone(code).map(Milestone::text).orElse(code);
    }
}
