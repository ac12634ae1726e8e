package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

@DisplayName("对进展缓慢的及时采取函告、通报、约谈、曝光等措施")
class EscalationPolicyTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);
    private static final UnitCode OFFICE = UnitCode.of("SAFETY_COMMITTEE_OFFICE");
    private static final EscalationPolicy POLICY = new EscalationPolicy(LocalDate.of(2024, 1, 1), 1, 15, 30, 60);

    private final MajorHazard hazard = HazardFixtures.rectifying(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
            DEADLINE);

    private void take(EscalationStep step, LocalDate on) {
        hazard.recordEscalation(step, on, OFFICE, INSPECTOR, at(on));
    }

    @Test
    void the_thresholds_must_increase_strictly_along_the_ladder() {
        assertThatThrownBy(() -> new EscalationPolicy(LocalDate.of(2024, 1, 1), 1, 15, 15, 60))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.escalation.thresholds-not-increasing"));
        assertThatThrownBy(() -> new EscalationPolicy(LocalDate.of(2024, 1, 1), 0, 15, 30, 60))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_warning_letter_is_due_on_the_first_day_overdue_and_nothing_before() {
        assertThat(POLICY.dueSteps(hazard, DEADLINE)).isEmpty();
        assertThat(POLICY.dueSteps(hazard, DEADLINE.plusDays(1))).containsExactly(EscalationStep.WARNING_LETTER);
    }

    @Test
    @DisplayName("逾期多久就升级到哪一步: a hazard 45 days overdue is due 函告, 通报 and 约谈 at once, in ladder order")
    void a_run_catches_up_with_the_step_the_days_overdue_warrant() {
        LocalDate day45 = DEADLINE.plusDays(45);

        List<EscalationStep> due = POLICY.dueSteps(hazard, day45);
        assertThat(due).containsExactly(EscalationStep.WARNING_LETTER, EscalationStep.CIRCULAR,
                EscalationStep.INTERVIEW);
        due.forEach(step -> take(step, day45));
        assertThat(hazard.escalations()).extracting(EscalationRecord::step).containsExactlyElementsOf(due);
        assertThat(POLICY.dueSteps(hazard, day45)).isEmpty();
        assertThat(POLICY.upcoming(hazard, day45)).contains(
                new EscalationPolicy.Upcoming(EscalationStep.PUBLIC_EXPOSURE, DEADLINE.plusDays(60)));
    }

    @Test
    void the_ladder_still_never_skips_a_step_when_steps_are_recorded() {
        LocalDate longAfter = DEADLINE.plusDays(100);

        take(EscalationStep.WARNING_LETTER, longAfter);
        assertThat(POLICY.dueSteps(hazard, longAfter)).first().isEqualTo(EscalationStep.CIRCULAR);
        assertThatThrownBy(() -> take(EscalationStep.INTERVIEW, longAfter))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.escalation.out-of-order");
                    assertThat(e.arguments()).containsExactly(EscalationStep.CIRCULAR, EscalationStep.INTERVIEW);
                });
    }

    @Test
    @DisplayName("the next step is announced for a day still ahead, never for a day already past")
    void the_next_step_falls_due_after_today_or_is_absent() {
        LocalDate day20 = DEADLINE.plusDays(20);
        // 函告 and 通报 are due and not yet taken: the next step announced is 约谈, on day 30
        assertThat(POLICY.upcoming(hazard, day20)).contains(
                new EscalationPolicy.Upcoming(EscalationStep.INTERVIEW, DEADLINE.plusDays(30)));
        assertThat(POLICY.upcoming(hazard, DEADLINE.minusDays(5))).contains(
                new EscalationPolicy.Upcoming(EscalationStep.WARNING_LETTER, DEADLINE.plusDays(1)));
        assertThat(POLICY.upcoming(hazard, DEADLINE.plusDays(60))).isEmpty();
        for (int day = -3; day < 70; day++) {
            LocalDate today = DEADLINE.plusDays(day);
            POLICY.upcoming(hazard, today).ifPresent(next -> assertThat(next.dueOn()).isAfter(today));
        }
    }

    @Test
    void a_step_waits_for_its_threshold() {
        take(EscalationStep.WARNING_LETTER, DEADLINE.plusDays(1));

        assertThat(POLICY.dueSteps(hazard, DEADLINE.plusDays(14))).isEmpty();
        assertThat(POLICY.dueSteps(hazard, DEADLINE.plusDays(15))).containsExactly(EscalationStep.CIRCULAR);
    }

    @Test
    void a_complete_ladder_gives_no_further_step() {
        take(EscalationStep.WARNING_LETTER, DEADLINE.plusDays(1));
        take(EscalationStep.CIRCULAR, DEADLINE.plusDays(15));
        take(EscalationStep.INTERVIEW, DEADLINE.plusDays(30));
        take(EscalationStep.PUBLIC_EXPOSURE, DEADLINE.plusDays(60));

        assertThat(POLICY.dueSteps(hazard, DEADLINE.plusDays(200))).isEmpty();
        assertThatThrownBy(() -> take(EscalationStep.PUBLIC_EXPOSURE, DEADLINE.plusDays(200)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.escalation.ladder-complete"));
        assertThat(hazard.escalations()).extracting(EscalationRecord::step)
                .containsExactly(EscalationStep.values());
    }

    @Test
    void a_hazard_no_longer_overdue_stops_escalating() {
        take(EscalationStep.WARNING_LETTER, DEADLINE.plusDays(1));
        hazard.requestDeadlineExtension(DEADLINE.plusDays(90), ENTERPRISE_USER, at(DEADLINE.plusDays(2)),
                "Equipment on order");
        hazard.approveDeadlineExtension(INSPECTOR, at(DEADLINE.plusDays(3)), null);

        assertThat(POLICY.dueSteps(hazard, DEADLINE.plusDays(20))).isEmpty();
        assertThatThrownBy(() -> take(EscalationStep.CIRCULAR, DEADLINE.plusDays(20)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.escalation.not-overdue"));
    }

    @Test
    void the_policy_in_force_is_the_latest_one_effective_on_the_day() {
        EscalationPolicy stricter = new EscalationPolicy(LocalDate.of(2025, 7, 1), 1, 7, 14, 30);
        List<EscalationPolicy> policies = List.of(stricter, POLICY);

        assertThat(EscalationPolicy.inForceOn(policies, LocalDate.of(2025, 6, 30))).isEqualTo(POLICY);
        assertThat(EscalationPolicy.inForceOn(policies, LocalDate.of(2025, 7, 1))).isEqualTo(stricter);
        assertThatThrownBy(() -> EscalationPolicy.inForceOn(policies, LocalDate.of(2023, 12, 31)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.escalation.no-policy-in-force"));
    }

    @Test
    void every_step_has_its_chinese_name() {
        assertThat(EscalationStep.values()).extracting(EscalationStep::label)
                .containsExactly("函告", "通报", "约谈", "曝光");
    }
}
