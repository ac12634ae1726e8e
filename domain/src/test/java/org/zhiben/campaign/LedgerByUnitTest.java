package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.KizilsuPlan.AKTO;
import static org.zhiben.campaign.KizilsuPlan.ARTUX;
import static org.zhiben.campaign.KizilsuPlan.EMERGENCY_MANAGEMENT;
import static org.zhiben.campaign.KizilsuPlan.FIRE_RESCUE;
import static org.zhiben.campaign.KizilsuPlan.HOUSING;
import static org.zhiben.campaign.KizilsuPlan.SAFETY_OFFICE;
import static org.zhiben.campaign.KizilsuPlan.TORUGART_PORT;
import static org.zhiben.campaign.KizilsuPlan.UNITS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * The ledger broken down by the units that answer for a task, and the lead unit's review. Task 15 of the plan:
 * "加快推进县（市）应急指挥部建设，2026年底前基本形成上下贯通、各负其责、相互支撑、一体应对的应急指挥部体系"
 * (牵头单位：自治州应急管理局；责任单位：各县(市)人民政府).
 */
class LedgerByUnitTest {

    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");
    private final KeyTask commandCentres = KizilsuPlan.commandCentres();

    private static ProgressEntry submitted(UnitCode unit, LocalDate reportedOn, boolean completes) {
        return new ProgressEntry(ProgressEntryId.random(), 15, completes ? "T15-M1" : null, unit, "li.na", reportedOn,
                "县应急指挥部场所已建成", null, completes, AT);
    }

    private ProgressEntry accepted(UnitCode unit, LocalDate reportedOn, boolean completes) {
        ProgressEntry entry = submitted(unit, reportedOn, completes);
        return unit.equals(EMERGENCY_MANAGEMENT) ? lead(entry) : entry.accept(commandCentres, EMERGENCY_MANAGEMENT,
                "wang.fang", AT.plusSeconds(60));
    }

    private static ProgressEntry lead(ProgressEntry entry) {
        return new ProgressEntry(entry.id(), entry.taskNumber(), entry.milestoneCode(), entry.recordedBy(),
                entry.author(), entry.reportedOn(), entry.text(), null, entry.completesMilestone(), entry.recordedAt(),
                List.of(), ReviewStatus.ACCEPTED, entry.recordedBy(), entry.author(), entry.recordedAt(), null, 0);
    }

    private static UnitProgress unit(TaskLedgerLine line, UnitCode code) {
        return line.units().stream().filter(u -> u.unit().equals(code)).findFirst().orElseThrow();
    }

    private TaskLedgerLine on(LocalDate today, ProgressEntry... entries) {
        return new Ledger(today, UNITS).lineOf(commandCentres, List.of(entries));
    }

    @Test
    @DisplayName("责任单位:各县(市)人民政府 — one line for the lead unit and one for each county and city government")
    void the_collective_of_the_county_governments_is_broken_down_into_each_county() {
        TaskLedgerLine line = on(LocalDate.of(2026, 3, 2));

        assertThat(line.units()).extracting(UnitProgress::unit).containsExactly(EMERGENCY_MANAGEMENT, ARTUX, AKTO);
        assertThat(line.units()).extracting(UnitProgress::unit).doesNotContain(TORUGART_PORT);
        assertThat(unit(line, EMERGENCY_MANAGEMENT).lead()).isTrue();
        assertThat(line.units()).extracting(UnitProgress::status).containsOnly(UnitProgressStatus.NOT_STARTED);
        assertThat(line.status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void one_county_reporting_puts_the_task_in_progress_and_only_that_county_waits_for_review() {
        TaskLedgerLine line = on(LocalDate.of(2026, 3, 2), submitted(ARTUX, LocalDate.of(2026, 3, 1), true));

        assertThat(line.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(unit(line, ARTUX).status()).isEqualTo(UnitProgressStatus.AWAITING_REVIEW);
        assertThat(unit(line, ARTUX).completedMilestones()).isEmpty();
        assertThat(unit(line, AKTO).status()).isEqualTo(UnitProgressStatus.NOT_STARTED);
        assertThat(line.milestones().get(0).status()).isNotEqualTo(MilestoneStatus.COMPLETED);
    }

    @Test
    @DisplayName("2026年底前基本形成…应急指挥部体系: the milestone is done when every county and the lead have done it")
    void the_milestone_and_the_task_are_completed_when_every_answering_unit_completed_it_as_the_lead_accepted() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        TaskLedgerLine oneCounty = on(today, accepted(ARTUX, LocalDate.of(2026, 6, 1), true));
        assertThat(unit(oneCounty, ARTUX).status()).isEqualTo(UnitProgressStatus.COMPLETED);
        assertThat(unit(oneCounty, ARTUX).completedMilestones()).containsExactly("T15-M1");
        assertThat(oneCounty.milestones().get(0).status()).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(oneCounty.status()).isEqualTo(TaskStatus.IN_PROGRESS);

        TaskLedgerLine all = on(today, accepted(ARTUX, LocalDate.of(2026, 6, 1), true),
                accepted(AKTO, LocalDate.of(2026, 11, 30), true),
                accepted(EMERGENCY_MANAGEMENT, LocalDate.of(2026, 9, 1), true));
        assertThat(all.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(all.milestones().get(0).status()).isEqualTo(MilestoneStatus.COMPLETED);
        assertThat(all.milestones().get(0).completedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_returned_entry_does_not_count_and_the_unit_sees_the_reason() {
        ProgressEntry returned = submitted(AKTO, LocalDate.of(2026, 3, 1), true)
                .returnToUnit(commandCentres, EMERGENCY_MANAGEMENT, "wang.fang", "缺少指挥场所验收材料", AT);

        TaskLedgerLine line = on(LocalDate.of(2026, 3, 2), returned);

        assertThat(unit(line, AKTO).status()).isEqualTo(UnitProgressStatus.RETURNED);
        assertThat(unit(line, AKTO).returnReason()).isEqualTo("缺少指挥场所验收材料");
        assertThat(unit(line, AKTO).completedMilestones()).isEmpty();
    }

    @Test
    void after_the_due_date_every_unit_that_has_not_completed_is_overdue_and_so_is_the_task() {
        TaskLedgerLine line = on(LocalDate.of(2027, 1, 1), accepted(ARTUX, LocalDate.of(2026, 6, 1), true));

        assertThat(unit(line, ARTUX).status()).isEqualTo(UnitProgressStatus.COMPLETED);
        assertThat(unit(line, AKTO).status()).isEqualTo(UnitProgressStatus.OVERDUE);
        assertThat(line.status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    @DisplayName("责任单位:自治州安委会有关成员单位分工负责 — a member unit answers for its part from its first entry")
    void a_member_unit_joins_the_breakdown_of_a_task_of_the_relevant_member_units_when_it_reports() {
        KeyTask riskMonitoring = KizilsuPlan.riskMonitoring();
        ProgressEntry housing = new ProgressEntry(ProgressEntryId.random(), 16, null, HOUSING, "zhang.wei",
                LocalDate.of(2024, 5, 1), "进展", null, false, AT);

        TaskLedgerLine line = new Ledger(LocalDate.of(2024, 6, 1), UNITS).lineOf(riskMonitoring, List.of(housing));

        assertThat(line.units()).extracting(UnitProgress::unit).containsExactly(SAFETY_OFFICE, HOUSING);
        assertThat(line.units()).extracting(UnitProgress::unit).doesNotContain(FIRE_RESCUE);
    }

    @Test
    @DisplayName("牵头单位 reviews: only a lead unit accepts or returns, once, and a return needs a reason")
    void only_the_lead_unit_reviews_once_and_returning_needs_a_reason() {
        ProgressEntry entry = submitted(ARTUX, LocalDate.of(2026, 3, 1), true);

        assertThatThrownBy(() -> entry.accept(commandCentres, AKTO, "li.na", AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.review.not-lead"));
        assertThatThrownBy(() -> entry.returnToUnit(commandCentres, EMERGENCY_MANAGEMENT, "wang.fang", " ", AT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.review.reason-required"));
        ProgressEntry accepted = entry.accept(commandCentres, EMERGENCY_MANAGEMENT, "wang.fang", AT);
        assertThat(accepted.review()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo(EMERGENCY_MANAGEMENT);
        assertThat(accepted.reviewed().outcome()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThatThrownBy(() -> accepted.returnToUnit(commandCentres, EMERGENCY_MANAGEMENT, "wang.fang", "重报", AT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.review.already-reviewed"));
    }
}
