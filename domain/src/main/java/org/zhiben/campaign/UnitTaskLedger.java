package org.zhiben.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The ledger of the key tasks one unit answers for, as it stood at the end of a day (declared read-only interface of
 * the campaign module; the reporting module's quarterly progress and yearly summary read it). A unit answers for a task
 * when it is one of the task's {@link KeyTask#answeringUnits answering units}: a lead unit, a unit the task names, a
 * county or city government where the task names "各县(市)人民政府", a member unit that has reported on a task of
 * "自治州安委会有关成员单位分工负责".
 */
public interface UnitTaskLedger {

    /**
     * The ledger lines of the key tasks the unit answers for, in the plan's order, as the ledger stood at the end of
     * the day: only the entries recorded by then count, and a review made after it is not yet made.
     */
    List<TaskLedgerLine> tasksOf(UnitCode unit, LocalDate day);

    /**
     * The entries as the ledger held them at {@code end}: an entry recorded at or after it is left out; an entry
     * reviewed at or after it is still waiting for review.
     */
    static List<ProgressEntry> asHeldAt(Collection<ProgressEntry> entries, Instant end) {
        Require.notNull(end, "end");
        return entries.stream()
                .filter(entry -> entry.recordedAt().isBefore(end))
                .map(entry -> entry.reviewedAt() != null && !entry.reviewedAt().isBefore(end)
                        ? new ProgressEntry(entry.id(), entry.taskNumber(), entry.milestoneCode(), entry.recordedBy(),
                                entry.author(), entry.reportedOn(), entry.text(), entry.evidenceReference(),
                                entry.completesMilestone(), entry.recordedAt(), entry.evidenceFiles(),
                                ReviewStatus.SUBMITTED, null, null, null, null, entry.version())
                        : entry)
                .toList();
    }
}
