package org.zhiben.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The ledger and checklist (台账、清单) of the key tasks: what is due, by whom, by when, done or not, on a given
 * day. The plan asks each task to be "逐年分解实行台账化、清单式管理"; the ledger breaks each task down by the units
 * that answer for it ({@link KeyTask#answeringUnits}) and reads the task's status from theirs:
 * <ul>
 *   <li>a unit has completed a milestone when the lead unit accepted an entry of that unit reporting it done (an entry
 *       of the lead unit itself is accepted as recorded); an entry waiting for review or returned does not count;</li>
 *   <li>a unit is COMPLETED when it has completed every milestone; otherwise OVERDUE when one it has not completed is
 *       past its due date; otherwise RETURNED when the lead unit returned its latest entry; otherwise AWAITING_REVIEW
 *       when an entry of it waits for review; otherwise IN_PROGRESS when it has reported anything; else
 *       NOT_STARTED;</li>
 *   <li>a milestone is COMPLETED once every answering unit has completed it, on the day the last of them did (each
 *       unit's earliest accepted completion), completed late if that day is after its due date; otherwise OVERDUE when
 *       today is after its due date; DUE_SOON when it is due within {@value #DUE_SOON_DAYS} days; else PENDING;</li>
 *   <li>a task is COMPLETED when every answering unit is; otherwise OVERDUE when one of them is; otherwise
 *       IN_PROGRESS when any of them has started; else NOT_STARTED.</li>
 * </ul>
 */
public final class Ledger {

    public static final int DUE_SOON_DAYS = 30;

    private static final Comparator<ProgressEntry> LATEST = Comparator.comparing(ProgressEntry::recordedAt);

    private final LocalDate today;
    private final CampaignUnits units;

    /** The ledger as it stands on {@code today}, with the organisation's units to expand collective assignments. */
    public Ledger(LocalDate today, CampaignUnits units) {
        this.today = Require.notNull(today, "today");
        this.units = Require.notNull(units, "units");
    }

    public LocalDate today() {
        return today;
    }

    /** The task's line; entries on other tasks are ignored. */
    public TaskLedgerLine lineOf(KeyTask task, Collection<ProgressEntry> entries) {
        List<ProgressEntry> onTask = onTask(task, entries);
        Set<UnitCode> reporting = onTask.stream().map(ProgressEntry::recordedBy)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<UnitCode> answering = task.answeringUnits(units, reporting);
        Map<UnitCode, List<ProgressEntry>> byUnit = onTask.stream()
                .collect(Collectors.groupingBy(ProgressEntry::recordedBy));
        List<UnitProgress> unitLines = answering.stream()
                .map(unit -> unitProgress(task, unit, byUnit.getOrDefault(unit, List.of())))
                .toList();
        List<MilestoneLine> milestones = task.milestones().stream()
                .map(milestone -> milestoneLine(task, milestone, answering, byUnit))
                .toList();
        LocalDate lastReportedOn = onTask.stream().map(ProgressEntry::reportedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        return new TaskLedgerLine(task, taskStatus(unitLines), milestones, onTask.size(), lastReportedOn, unitLines);
    }

    /** The task's milestones that are overdue today, in the plan's order; entries on other tasks are ignored. */
    public List<OverdueMilestone> overdueMilestonesOf(KeyTask task, Collection<ProgressEntry> entries) {
        return lineOf(task, entries).milestones().stream()
                .filter(line -> line.status() == MilestoneStatus.OVERDUE)
                .map(line -> new OverdueMilestone(task.number(), task.title(), line.milestone(), task.leadUnits(),
                        Math.toIntExact(ChronoUnit.DAYS.between(line.milestone().due(), today))))
                .toList();
    }

    private UnitProgress unitProgress(KeyTask task, UnitCode unit, List<ProgressEntry> ofUnit) {
        List<String> completed = task.milestones().stream()
                .filter(milestone -> completedOn(task, milestone, ofUnit).isPresent())
                .map(Milestone::code)
                .toList();
        Optional<ProgressEntry> latest = ofUnit.stream().max(LATEST);
        String returnReason = latest.filter(entry -> entry.review() == ReviewStatus.RETURNED)
                .map(ProgressEntry::returnReason).orElse(null);
        LocalDate lastReportedOn = ofUnit.stream().map(ProgressEntry::reportedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        return new UnitProgress(unit, task.isLedBy(unit), unitStatus(task, completed, ofUnit, returnReason != null),
                completed, ofUnit.size(), lastReportedOn, returnReason);
    }

    private UnitProgressStatus unitStatus(KeyTask task, List<String> completed, List<ProgressEntry> ofUnit,
                                          boolean latestReturned) {
        if (completed.size() == task.milestones().size()) {
            return UnitProgressStatus.COMPLETED;
        }
        boolean overdue = task.milestones().stream()
                .anyMatch(milestone -> !completed.contains(milestone.code()) && today.isAfter(milestone.due()));
        if (overdue) {
            return UnitProgressStatus.OVERDUE;
        }
        if (latestReturned) {
            return UnitProgressStatus.RETURNED;
        }
        if (ofUnit.stream().anyMatch(entry -> entry.review() == ReviewStatus.SUBMITTED)) {
            return UnitProgressStatus.AWAITING_REVIEW;
        }
        return ofUnit.isEmpty() ? UnitProgressStatus.NOT_STARTED : UnitProgressStatus.IN_PROGRESS;
    }

    /** The earliest day an accepted entry of the unit reports the milestone done. */
    private static Optional<LocalDate> completedOn(KeyTask task, Milestone milestone, List<ProgressEntry> ofUnit) {
        return ofUnit.stream()
                .filter(entry -> entry.accepted() && entry.completes(task.number(), milestone.code()))
                .map(ProgressEntry::reportedOn)
                .min(Comparator.naturalOrder());
    }

    private MilestoneLine milestoneLine(KeyTask task, Milestone milestone, List<UnitCode> answering,
                                        Map<UnitCode, List<ProgressEntry>> byUnit) {
        List<Optional<LocalDate>> completions = answering.stream()
                .map(unit -> completedOn(task, milestone, byUnit.getOrDefault(unit, List.of())))
                .toList();
        if (!completions.isEmpty() && completions.stream().allMatch(Optional::isPresent)) {
            LocalDate completedOn = completions.stream().map(Optional::get).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElseThrow();
            return new MilestoneLine(milestone, MilestoneStatus.COMPLETED, completedOn,
                    completedOn.isAfter(milestone.due()));
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

    private static TaskStatus taskStatus(List<UnitProgress> unitLines) {
        if (unitLines.stream().allMatch(line -> line.status() == UnitProgressStatus.COMPLETED)) {
            return TaskStatus.COMPLETED;
        }
        if (unitLines.stream().anyMatch(line -> line.status() == UnitProgressStatus.OVERDUE)) {
            return TaskStatus.OVERDUE;
        }
        return unitLines.stream().allMatch(line -> line.status() == UnitProgressStatus.NOT_STARTED)
                ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
    }

    private static List<ProgressEntry> onTask(KeyTask task, Collection<ProgressEntry> entries) {
        return entries.stream().filter(entry -> entry.taskNumber() == task.number()).toList();
    }
}
