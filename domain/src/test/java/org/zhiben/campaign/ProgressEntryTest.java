package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.KizilsuPlan.ARTUX;
import static org.zhiben.campaign.KizilsuPlan.HOUSING;
import static org.zhiben.campaign.KizilsuPlan.SAFETY_OFFICE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

class ProgressEntryTest {

    private static final ZoneId KIZILSU = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);
    private final Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), KIZILSU).toInstant(), KIZILSU);
    private final CampaignPlans plans = new KizilsuPlan();

    private ProgressEntry record(int task, String milestone, UnitCode unit, LocalDate reportedOn, boolean completes) {
        return ProgressEntry.record(task, milestone, unit, "zhang.wei", reportedOn, "电力监测分析系统已上线运行",
                "克安办〔2024〕12号", completes, List.of(), plans, KizilsuPlan.UNITS, clock);
    }

    @Test
    void a_member_unit_records_that_it_completed_a_milestone_of_a_task_of_the_relevant_member_units() {
        ProgressEntry entry = record(16, "T16-M1", HOUSING, LocalDate.of(2024, 12, 5), true);

        assertThat(entry.taskNumber()).isEqualTo(16);
        assertThat(entry.milestoneCode()).isEqualTo("T16-M1");
        assertThat(entry.recordedBy()).isEqualTo(HOUSING);
        assertThat(entry.completes(16, "T16-M1")).isTrue();
        assertThat(entry.recordedAt()).isEqualTo(clock.instant());
        assertThat(entry.recorded()).isEqualTo(new ProgressRecorded(entry.recorded().eventId(), entry.id(), 16, "T16-M1", HOUSING,
                LocalDate.of(2024, 12, 5), true, clock.instant()));
    }

    @Test
    void progress_on_the_task_in_general_names_no_milestone_and_completes_none() {
        ProgressEntry entry = record(16, " ", SAFETY_OFFICE, TODAY, false);

        assertThat(entry.milestoneCode()).isNull();
        assertThat(entry.completes(16, "T16-M1")).isFalse();
    }

    @Test
    @DisplayName("责任单位:各县(市)人民政府 — a member unit may not record on a task of the county governments")
    void a_unit_not_responsible_for_the_task_is_refused() {
        assertThatThrownBy(() -> record(15, "T15-M1", HOUSING, TODAY, false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("campaign.progress.unit-not-responsible");
                    assertThat(e.arguments()).containsExactly(HOUSING, 15);
                });
        assertThat(record(15, "T15-M1", ARTUX, TODAY, false).recordedBy()).isEqualTo(ARTUX);
    }

    @Test
    void a_unit_the_organisation_does_not_know_is_refused() {
        assertThatThrownBy(() -> record(16, null, UnitCode.of("NO_SUCH_UNIT"), TODAY, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.code()).isEqualTo("campaign.progress.unknown-unit");
                });
    }

    @Test
    void progress_on_a_task_the_plan_does_not_have_is_not_found() {
        assertThatThrownBy(() -> record(31, null, HOUSING, TODAY, false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("task");
                    assertThat(e.id()).isEqualTo("31");
                });
    }

    @Test
    void a_milestone_of_another_task_is_refused() {
        assertThatThrownBy(() -> record(16, "T15-M1", HOUSING, TODAY, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("milestoneCode");
                    assertThat(e.code()).isEqualTo("campaign.progress.milestone-not-of-task");
                });
    }

    @Test
    void completing_a_milestone_needs_a_milestone() {
        assertThatThrownBy(() -> record(16, null, HOUSING, TODAY, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("completesMilestone");
                    assertThat(e.code()).isEqualTo("campaign.progress.completion-without-milestone");
                });
    }

    @Test
    void progress_cannot_be_reported_for_tomorrow_but_can_for_today() {
        assertThatThrownBy(() -> record(16, "T16-M1", HOUSING, TODAY.plusDays(1), false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("reportedOn");
                    assertThat(e.code()).isEqualTo("campaign.progress.reported-in-future");
                });
        assertThat(record(16, "T16-M1", HOUSING, TODAY, false).reportedOn()).isEqualTo(TODAY);
    }

    @Test
    void progress_cannot_be_reported_for_a_day_before_the_campaign_started() {
        assertThatThrownBy(() -> record(16, "T16-M1", HOUSING, LocalDate.of(2023, 12, 31), false))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.reported-before-campaign"));
    }

    @Test
    void the_text_is_required_and_at_most_2000_characters_and_the_evidence_at_most_500() {
        assertThatThrownBy(() -> ProgressEntry.record(16, null, HOUSING, "zhang.wei", TODAY, "  ", null, false,
                List.of(), plans, KizilsuPlan.UNITS, clock))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> ProgressEntry.record(16, null, HOUSING, "zhang.wei", TODAY, "进".repeat(2001), null,
                false, List.of(), plans, KizilsuPlan.UNITS, clock))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> ProgressEntry.record(16, null, HOUSING, "zhang.wei", TODAY, "进展", "文".repeat(501),
                false, List.of(), plans, KizilsuPlan.UNITS, clock))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("evidenceReference"));
        assertThat(ProgressEntry.record(16, null, HOUSING, "zhang.wei", TODAY, "进".repeat(2000), " ", false,
                List.of(), plans, KizilsuPlan.UNITS, clock).evidenceReference()).isNull();
    }

    @Test
    void an_entry_of_a_lead_unit_is_accepted_as_recorded_and_another_units_waits_for_review() {
        ProgressEntry byLead = record(16, "T16-M1", KizilsuPlan.SAFETY_OFFICE, TODAY, true);
        ProgressEntry byMember = record(16, "T16-M1", HOUSING, TODAY, true);

        assertThat(byLead.review()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(byLead.reviewedBy()).isEqualTo(KizilsuPlan.SAFETY_OFFICE);
        assertThat(byMember.review()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(byMember.reviewedBy()).isNull();
    }

    @Test
    void evidence_files_must_have_been_uploaded_for_the_same_task() {
        EvidenceFile otherTask = new EvidenceFile(java.util.UUID.randomUUID(), 15, "验收.pdf", "application/pdf", 10,
                "ab".repeat(32));

        assertThatThrownBy(() -> ProgressEntry.record(16, null, HOUSING, "zhang.wei", TODAY, "进展", null, false,
                List.of(otherTask), plans, KizilsuPlan.UNITS, clock))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.evidence-of-other-task"));
    }
}
