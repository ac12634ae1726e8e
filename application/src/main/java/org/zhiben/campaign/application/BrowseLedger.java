package org.zhiben.campaign.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.Ledger;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.campaign.TaskGroup;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Reads the campaign ledger as it stands today: the key tasks with their statuses, what is overdue, the phases,
 * task groups and assignments of the plan.
 */
public class BrowseLedger {

    private static final Comparator<ProgressEntry> NEWEST_FIRST = Comparator
            .comparing(ProgressEntry::reportedOn)
            .thenComparing(ProgressEntry::recordedAt)
            .reversed();

    private static final Comparator<OverdueMilestone> MOST_OVERDUE_FIRST = Comparator
            .comparingInt(OverdueMilestone::daysOverdue).reversed()
            .thenComparingInt(OverdueMilestone::taskNumber)
            .thenComparing(overdue -> overdue.milestone().code());

    private final CampaignPlans plans;
    private final CampaignUnits units;
    private final ProgressEntries entries;
    private final EvidenceFiles evidenceFiles;
    private final Clock clock;

    public BrowseLedger(CampaignPlans plans, CampaignUnits units, ProgressEntries entries, EvidenceFiles evidenceFiles,
                        Clock clock) {
        this.plans = plans;
        this.units = units;
        this.entries = entries;
        this.evidenceFiles = evidenceFiles;
        this.clock = clock;
    }

    /** The ledger lines of the tasks that pass the filter, ordered by task number. */
    public List<TaskLedgerLine> tasks(LedgerFilter filter) {
        Require.notNull(filter, "filter");
        Ledger ledger = ledgerToday();
        Map<Integer, List<ProgressEntry>> byTask = entriesByTask();
        return tasksInOrder()
                .filter(task -> filter.unit() == null || task.isResponsible(filter.unit(), units))
                .filter(task -> filter.group() == null || task.group() == filter.group())
                .map(task -> ledger.lineOf(task, byTask.getOrDefault(task.number(), List.of())))
                .filter(line -> filter.status() == null || line.status() == filter.status())
                .filter(line -> !filter.overdueOnly() || hasOverdueMilestone(line))
                .toList();
    }

    /** One task's ledger line with its entries, newest first. */
    public TaskLedger task(int number) {
        KeyTask task = plans.findTask(number).orElseThrow(() -> new NotFoundException("task", number));
        List<ProgressEntry> onTask = entries.findByTask(number).stream().sorted(NEWEST_FIRST).toList();
        return new TaskLedger(ledgerToday().lineOf(task, onTask), onTask);
    }

    /** One progress entry; {@link NotFoundException} when there is none with this id. */
    public ProgressEntry progressEntry(ProgressEntryId id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("progressEntry", id.value()));
    }

    /** The name of the task's milestone (its text in the plan); the code itself when the task has no such milestone. */
    public String milestoneName(int taskNumber, String code) {
        return plans.findTask(taskNumber).flatMap(task -> task.milestone(code)).map(m -> m.text()).orElse(code);
    }

    /** An evidence file with where its content is; {@link NotFoundException} when there is none or it is missing. */
    public StoredEvidence evidenceFile(java.util.UUID id) {
        EvidenceFile file = evidenceFiles.find(id).orElseThrow(() -> new NotFoundException("evidenceFile", id));
        java.nio.file.Path content = evidenceFiles.content(file)
                .orElseThrow(() -> new NotFoundException("evidenceFile", id));
        return new StoredEvidence(file, content);
    }

    /** An evidence file and where its content is stored. */
    public record StoredEvidence(EvidenceFile file, java.nio.file.Path content) {
    }

    /** Every milestone overdue today, the longest overdue first. */
    public List<OverdueMilestone> overdueMilestones() {
        Ledger ledger = ledgerToday();
        Map<Integer, List<ProgressEntry>> byTask = entriesByTask();
        return plans.tasks().stream()
                .flatMap(task -> ledger.overdueMilestonesOf(task, byTask.getOrDefault(task.number(), List.of()))
                        .stream())
                .sorted(MOST_OVERDUE_FIRST)
                .toList();
    }

    /** The phase the campaign is in today; empty before it starts and after it ends. */
    public Optional<Phase> currentPhase() {
        return phaseOn(LocalDate.now(clock));
    }

    /** The phase the date falls in; empty before the campaign starts and after it ends. */
    public Optional<Phase> phaseOn(LocalDate date) {
        return plans.schedule().phaseOn(date);
    }

    public List<Phase> phases() {
        return plans.schedule().phases();
    }

    /** The task groups, ordered by number. */
    public List<TaskGroup> groups() {
        return plans.groups().stream().sorted(Comparator.comparingInt(TaskGroup::number)).toList();
    }

    /** Every member unit's assignment, ordered by number. */
    public List<Assignment> assignments() {
        return assignmentsWhere(assignment -> true);
    }

    /** The assignments of one unit, ordered by number. */
    public List<Assignment> assignments(UnitCode unit) {
        Require.notNull(unit, "unit");
        return assignmentsWhere(assignment -> assignment.unit().equals(unit));
    }

    private List<Assignment> assignmentsWhere(Predicate<Assignment> condition) {
        return plans.assignments().stream()
                .filter(condition)
                .sorted(Comparator.comparingInt(Assignment::number))
                .toList();
    }

    private Stream<KeyTask> tasksInOrder() {
        return plans.tasks().stream().sorted(Comparator.comparingInt(KeyTask::number));
    }

    private Map<Integer, List<ProgressEntry>> entriesByTask() {
        return entries.findAll().stream().collect(Collectors.groupingBy(ProgressEntry::taskNumber));
    }

    private static boolean hasOverdueMilestone(TaskLedgerLine line) {
        return line.milestones().stream().anyMatch(milestone -> milestone.status() == MilestoneStatus.OVERDUE);
    }

    private Ledger ledgerToday() {
        return new Ledger(LocalDate.now(clock), units);
    }
}
