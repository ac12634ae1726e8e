package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.campaign.KizilsuPlan.SAFETY_OFFICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private final KeyTask riskMonitoring = KizilsuPlan.riskMonitoring();

    /** An entry of the lead unit itself, accepted as it is recorded. */
    private static ProgressEntry entry(int task, String milestone, LocalDate reportedOn, boolean completes) {
        Instant at = Instant.parse("2025-01-05T02:00:00Z");
        return new ProgressEntry(ProgressEntryId.random(), task, milestone, SAFETY_OFFICE, "zhang.wei", reportedOn,
                "进展情况", null, completes, at, List.of(), ReviewStatus.ACCEPTED, SAFETY_OFFICE, "zhang.wei", at, null,
                0);
    }

    private static MilestoneLine milestone(TaskLedgerLine line, String code) {
        return line.milestones().stream().filter(m -> m.milestone().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("2024年底前建设完善…电力监测分析系统: not done on 2025-01-01 is overdue")
    void a_milestone_due_at_the_end_of_2024_without_a_completing_entry_is_overdue_on_new_year_2025() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2025, 1, 1), KizilsuPlan.UNITS)
                .lineOf(riskMonitoring, List.of(entry(16, "T16-M1", LocalDate.of(2024, 12, 20), false)));

        assertThat(milestone(line, "T16-M1").status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(line.status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void a_milestone_completed_after_its_due_date_is_completed_late_on_the_day_reported() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2025, 1, 6), KizilsuPlan.UNITS)
                .lineOf(riskMonitoring, List.of(entry(16, "T16-M1", LocalDate.of(2025, 1, 5), true)));

        MilestoneLine powerMonitoring = milestone(line, "T16-M1");
        assertThat(powerMonitoring.status()).isEqualTo(MilestoneStatus.COMPLETED);
        assertThat(powerMonitoring.completedOn()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(powerMonitoring.completedLate()).isTrue();
        assertThat(line.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void the_earliest_completing_entry_dates_the_completion() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2025, 1, 6), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of(
                entry(16, "T16-M1", LocalDate.of(2025, 1, 3), true),
                entry(16, "T16-M1", LocalDate.of(2024, 12, 28), true)));

        assertThat(milestone(line, "T16-M1").completedOn()).isEqualTo(LocalDate.of(2024, 12, 28));
        assertThat(milestone(line, "T16-M1").completedLate()).isFalse();
    }

    @Test
    @DisplayName("due within 30 days: 21 days before 2024-12-31 the milestone is due soon, 31 days before it is pending")
    void a_milestone_due_within_30_days_is_due_soon() {
        assertThat(milestone(new Ledger(LocalDate.of(2024, 12, 10), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of()), "T16-M1")
                .status()).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(milestone(new Ledger(LocalDate.of(2024, 12, 1), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of()), "T16-M1")
                .status()).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(milestone(new Ledger(LocalDate.of(2024, 11, 30), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of()), "T16-M1")
                .status()).isEqualTo(MilestoneStatus.PENDING);
        assertThat(milestone(new Ledger(LocalDate.of(2024, 12, 31), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of()), "T16-M1")
                .status()).isEqualTo(MilestoneStatus.DUE_SOON);
    }

    @Test
    void an_entry_that_does_not_complete_the_milestone_leaves_it_open() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2024, 6, 1), KizilsuPlan.UNITS)
                .lineOf(riskMonitoring, List.of(entry(16, "T16-M1", LocalDate.of(2024, 5, 30), false)));

        assertThat(milestone(line, "T16-M1").status()).isEqualTo(MilestoneStatus.PENDING);
        assertThat(milestone(line, "T16-M1").completedOn()).isNull();
    }

    @Test
    void a_task_without_entries_and_nothing_overdue_has_not_started() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2024, 6, 1), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of());

        assertThat(line.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(line.entryCount()).isZero();
        assertThat(line.lastReportedOn()).isNull();
    }

    @Test
    void a_task_with_progress_and_nothing_overdue_is_in_progress_and_shows_its_latest_report() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2024, 6, 1), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of(
                entry(16, null, LocalDate.of(2024, 4, 2), false),
                entry(16, "T16-M2", LocalDate.of(2024, 5, 9), false)));

        assertThat(line.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(line.entryCount()).isEqualTo(2);
        assertThat(line.lastReportedOn()).isEqualTo(LocalDate.of(2024, 5, 9));
    }

    @Test
    void a_task_is_completed_when_every_milestone_is_even_if_one_was_late() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2027, 1, 10), KizilsuPlan.UNITS).lineOf(riskMonitoring, List.of(
                entry(16, "T16-M1", LocalDate.of(2025, 1, 5), true),
                entry(16, "T16-M2", LocalDate.of(2025, 11, 30), true),
                entry(16, "T16-M3", LocalDate.of(2026, 12, 1), true)));

        assertThat(line.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void entries_on_another_task_with_the_same_milestone_code_do_not_count() {
        TaskLedgerLine line = new Ledger(LocalDate.of(2025, 1, 1), KizilsuPlan.UNITS)
                .lineOf(riskMonitoring, List.of(entry(17, "T16-M1", LocalDate.of(2024, 12, 1), true)));

        assertThat(milestone(line, "T16-M1").status()).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(line.entryCount()).isZero();
    }

    @Test
    void an_overdue_milestone_says_how_many_days_it_is_late_and_who_leads_its_task() {
        List<OverdueMilestone> overdue = new Ledger(LocalDate.of(2025, 1, 31), KizilsuPlan.UNITS)
                .overdueMilestonesOf(riskMonitoring, List.of());

        assertThat(overdue).singleElement().satisfies(late -> {
            assertThat(late.taskNumber()).isEqualTo(16);
            assertThat(late.milestone().code()).isEqualTo("T16-M1");
            assertThat(late.leadUnits()).containsExactly(SAFETY_OFFICE);
            assertThat(late.daysOverdue()).isEqualTo(31);
        });
    }

    @Test
    void a_completed_milestone_is_never_overdue() {
        assertThat(new Ledger(LocalDate.of(2025, 1, 31), KizilsuPlan.UNITS).overdueMilestonesOf(riskMonitoring, List.of(
                entry(16, "T16-M1", LocalDate.of(2025, 1, 5), true)))).isEmpty();
    }
}
