package org.zhiben.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.application.PlanData.FIRE_RESCUE;
import static org.zhiben.campaign.application.PlanData.HOUSING;
import static org.zhiben.campaign.application.PlanData.SAFETY_OFFICE;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

class BrowseLedgerTest {

    private static final Actor CLERK = new Actor("li.na", "UNIT_CLERK", "HOUSING");

    private final InMemoryCampaignPlans plans = PlanData.plans();
    private final InMemoryProgressEntries entries = new InMemoryProgressEntries();

    /** Records progress as it would have been recorded on the day it reports. */
    private ProgressEntry recorded(int task, String milestone, UnitCode unit, LocalDate reportedOn,
                                   boolean completes) {
        ProgressEntry entry = ProgressEntry.record(task, milestone, unit, CLERK.username(), reportedOn, "进展情况", null,
                completes, List.of(), plans, PlanData.UNITS, PlanData.clockOn(reportedOn));
        return entries.save(entry);
    }

    private BrowseLedger ledgerOn(LocalDate today) {
        return new BrowseLedger(plans, PlanData.UNITS, entries, new InMemoryEvidenceFiles(), PlanData.clockOn(today));
    }

    private static MilestoneLine milestone(TaskLedgerLine line, String code) {
        return line.milestones().stream().filter(m -> m.milestone().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("2024年底前对不符合条件的机构实施清退: not reported done, the task is overdue on 2025-01-01")
    void a_milestone_due_on_31_december_2024_without_a_completing_entry_is_overdue_on_1_january_2025() {
        recorded(7, "T7-M1", HOUSING, LocalDate.of(2024, 11, 20), false);

        TaskLedgerLine line = ledgerOn(LocalDate.of(2025, 1, 1)).task(7).line();

        assertThat(milestone(line, "T7-M1").status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(line.status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    @DisplayName("牵头单位:应急管理局、住建局、消防救援支队 — the milestone is done when each lead unit has done its part")
    void the_same_milestone_reported_done_by_every_lead_unit_by_5_january_2025_is_completed_late() {
        recorded(7, "T7-M1", HOUSING, LocalDate.of(2025, 1, 5), true);
        TaskLedgerLine housingOnly = ledgerOn(LocalDate.of(2025, 1, 6)).task(7).line();
        assertThat(milestone(housingOnly, "T7-M1").status()).isEqualTo(MilestoneStatus.OVERDUE);

        recorded(7, "T7-M1", PlanData.EMERGENCY_MANAGEMENT, LocalDate.of(2024, 12, 20), true);
        recorded(7, "T7-M1", FIRE_RESCUE, LocalDate.of(2024, 12, 28), true);
        TaskLedgerLine line = ledgerOn(LocalDate.of(2025, 1, 6)).task(7).line();

        MilestoneLine clearance = milestone(line, "T7-M1");
        assertThat(clearance.status()).isEqualTo(MilestoneStatus.COMPLETED);
        assertThat(clearance.completedOn()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(clearance.completedLate()).isTrue();
        assertThat(line.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void on_10_december_2024_a_milestone_due_at_the_end_of_the_year_is_due_soon() {
        TaskLedgerLine line = ledgerOn(LocalDate.of(2024, 12, 10)).task(16).line();

        assertThat(milestone(line, "T16-M1").status()).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(milestone(line, "T16-M2").status()).isEqualTo(MilestoneStatus.PENDING);
        assertThat(line.status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void the_ledger_lists_every_task_by_number() {
        assertThat(ledgerOn(LocalDate.of(2024, 6, 1)).tasks(LedgerFilter.none()))
                .extracting(line -> line.task().number())
                .containsExactly(7, 15, 16, 19, 23, 40);
    }

    @Test
    @DisplayName("filtered by unit: the tasks it leads, lists it by name, or assign to a collective it belongs to")
    void filtered_by_unit_the_ledger_shows_the_tasks_the_unit_answers_for() {
        BrowseLedger ledger = ledgerOn(LocalDate.of(2024, 6, 1));

        assertThat(ledger.tasks(new LedgerFilter(HOUSING, null, null, false)))
                .extracting(line -> line.task().number()).containsExactly(7, 16, 19, 23, 40);
        assertThat(ledger.tasks(new LedgerFilter(PlanData.AKTO, null, null, false)))
                .extracting(line -> line.task().number()).containsExactly(15);
        assertThat(ledger.tasks(new LedgerFilter(PlanData.IRKESHTAM_PORT, null, null, false)))
                .extracting(line -> line.task().number()).doesNotContain(15);
    }

    @Test
    void filtered_by_group_and_status_the_ledger_shows_only_the_tasks_that_match_both() {
        recorded(16, null, HOUSING, LocalDate.of(2024, 5, 20), false);
        BrowseLedger ledger = ledgerOn(LocalDate.of(2024, 6, 1));

        assertThat(ledger.tasks(new LedgerFilter(null, 7, null, false)))
                .extracting(line -> line.task().number()).containsExactly(15, 16);
        assertThat(ledger.tasks(new LedgerFilter(null, 7, TaskStatus.IN_PROGRESS, false)))
                .extracting(line -> line.task().number()).containsExactly(16);
    }

    @Test
    void overdue_only_shows_the_tasks_with_a_milestone_past_due_and_not_done() {
        recorded(23, "T23-M1", SAFETY_OFFICE, LocalDate.of(2024, 12, 18), true);

        assertThat(ledgerOn(LocalDate.of(2025, 1, 2)).tasks(new LedgerFilter(null, null, null, true)))
                .extracting(line -> line.task().number()).containsExactly(7, 16);
    }

    @Test
    void a_task_shows_its_entries_newest_first_and_counts_them() {
        recorded(16, null, HOUSING, LocalDate.of(2024, 4, 2), false);
        recorded(16, "T16-M1", SAFETY_OFFICE, LocalDate.of(2024, 11, 28), true);
        recorded(16, "T16-M2", FIRE_RESCUE, LocalDate.of(2024, 7, 15), false);

        TaskLedger task = ledgerOn(LocalDate.of(2024, 12, 1)).task(16);

        assertThat(task.entries()).extracting(ProgressEntry::reportedOn).containsExactly(
                LocalDate.of(2024, 11, 28), LocalDate.of(2024, 7, 15), LocalDate.of(2024, 4, 2));
        assertThat(task.line().entryCount()).isEqualTo(3);
        assertThat(task.line().lastReportedOn()).isEqualTo(LocalDate.of(2024, 11, 28));
    }

    @Test
    void an_unknown_task_is_not_found() {
        assertThatThrownBy(() -> ledgerOn(LocalDate.of(2024, 6, 1)).task(31))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("31"));
    }

    @Test
    void overdue_milestones_come_longest_overdue_first() {
        recorded(16, "T16-M1", SAFETY_OFFICE, LocalDate.of(2024, 12, 30), true);

        List<OverdueMilestone> overdue = ledgerOn(LocalDate.of(2026, 1, 15)).overdueMilestones();

        assertThat(overdue).extracting(late -> late.milestone().code())
                .containsExactly("T7-M1", "T23-M1", "T16-M2", "T19-M1", "T40-M1");
        assertThat(overdue).extracting(OverdueMilestone::daysOverdue).containsExactly(380, 380, 15, 15, 15);
        assertThat(overdue.get(3).leadUnits()).contains(FIRE_RESCUE, HOUSING);
    }

    @Test
    void the_current_phase_is_the_one_today_falls_in() {
        assertThat(ledgerOn(LocalDate.of(2025, 6, 1)).currentPhase()).map(Phase::code).contains("GOVERNANCE");
        assertThat(ledgerOn(LocalDate.of(2027, 1, 1)).currentPhase()).isEmpty();
        assertThat(ledgerOn(LocalDate.of(2025, 6, 1)).phaseOn(LocalDate.of(2024, 3, 12))).map(Phase::number)
                .contains(2);
    }

    @Test
    void assignments_are_listed_by_number_and_can_be_narrowed_to_one_unit() {
        BrowseLedger ledger = ledgerOn(LocalDate.of(2024, 6, 1));

        assertThat(ledger.assignments()).extracting(Assignment::number).containsExactly(11, 23);
        assertThat(ledger.assignments(HOUSING)).singleElement()
                .satisfies(housing -> assertThat(housing.subPlans()).hasSize(3));
        assertThat(ledger.assignments(UnitCode.of("ARTUX"))).isEmpty();
    }

    @Test
    void groups_are_listed_by_number() {
        assertThat(ledgerOn(LocalDate.of(2024, 6, 1)).groups()).extracting(group -> group.number())
                .containsExactly(4, 7, 8, 9);
    }
}
