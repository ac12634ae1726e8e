package org.zhiben.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.zhiben.shared.Require;

/**
 * The ledger and checklist (台账、清单) of the key tasks: what is due, by whom, by when, done or not, on a given
 * day. It reads the statuses from the milestones' due dates and the progress entries:
 * <ul>
 *   <li>a milestone is COMPLETED once an entry reports it done, on the day the earliest such entry reports, and
 *       completed late if that day is after its due date; otherwise OVERDUE when today is after its due date;
 *       DUE_SOON when it is due within {@value #DUE_SOON_DAYS} days; else PENDING;</li>
 *   <li>a task is COMPLETED when all its milestones are; otherwise OVERDUE when one of them is; otherwise
 *       IN_PROGRESS when any progress was recorded on it; else NOT_STARTED.</li>
 * </ul>
 */
public final class Ledger {

    public static final int DUE_SOON_DAYS = 30;

    private final LocalDate today;

    /** The ledger as it stands on {@code today}. */
    public Ledger(LocalDate today) {
        this.today = Require.notNull(today, "today");
    }

    public LocalDate today() {
        return today;
    }

    /** The task's line; entries on other tasks are ignored. */
    public TaskLedgerLine lineOf(KeyTask task, Collection<ProgressEntry> entries) {
        List<ProgressEntry> onTask = onTask(task, entries);
        List<MilestoneLine> milestones = task.milestones().stream()
                .map(milestone -> milestoneLine(task, milestone, onTask))
                .toList();
        LocalDate lastReportedOn = onTask.stream().map(ProgressEntry::reportedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        return new TaskLedgerLine(task, taskStatus(milestones, onTask), milestones, onTask.size(), lastReportedOn);
    }

    /** The task's milestones that are overdue today, in the plan's order; entries on other tasks are ignored. */
    public List<OverdueMilestone> overdueMilestonesOf(KeyTask task, Collection<ProgressEntry> entries) {
        return lineOf(task, entries).milestones().stream()
                .filter(line -> line.status() == MilestoneStatus.OVERDUE)
                .map(line -> new OverdueMilestone(task.number(), task.title(), line.milestone(), task.leadUnits(),
                        Math.toIntExact(ChronoUnit.DAYS.between(line.milestone().due(), today))))
                .toList();
    }

    private MilestoneLine milestoneLine(KeyTask task, Milestone milestone, List<ProgressEntry> onTask) {
        Optional<LocalDate> completedOn = onTask.stream()
                .filter(entry -> entry.completes(task.number(), milestone.code()))
                .map(ProgressEntry::reportedOn)
                .min(Comparator.naturalOrder());
        if (completedOn.isPresent()) {
            return new MilestoneLine(milestone, MilestoneStatus.COMPLETED, completedOn.get(),
                    completedOn.get().isAfter(milestone.due()));
        }
        return new MilestoneLine(milestone, openStatus(milestone), null, false);
    }

    private MilestoneStatus openStatus(Milestone milestone) {
        if (today.isAfter(milestone.due())) {
            return MilestoneStatus.OVERDUE;
        }
        if (ChronoUnit.DAYS.between(today, milestone.due()) <= DUE_SOON_DAYS) {
            return MilestoneStatus.DUE_SOON;
        }
        return MilestoneStatus.PENDING;
    }

    private static TaskStatus taskStatus(List<MilestoneLine> milestones, List<ProgressEntry> onTask) {
        if (milestones.stream().allMatch(line -> line.status() == MilestoneStatus.COMPLETED)) {
            return TaskStatus.COMPLETED;
        }
        if (milestones.stream().anyMatch(line -> line.status() == MilestoneStatus.OVERDUE)) {
            return TaskStatus.OVERDUE;
        }
        return onTask.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
    }

    private static List<ProgressEntry> onTask(KeyTask task, Collection<ProgressEntry> entries) {
        return entries.stream().filter(entry -> entry.taskNumber() == task.number()).toList();
    }
}
