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
 */
public record TaskLedgerLine(KeyTask task, TaskStatus status, List<MilestoneLine> milestones, int entryCount,
                             LocalDate lastReportedOn) {

    public TaskLedgerLine {
        Require.notNull(task, "task");
        Require.notNull(status, "status");
        milestones = List.copyOf(milestones);
    }
}
