package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.ZONE;
import static org.zhiben.hazards.HazardFixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

class DeadlineAndOverdueTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 7, 1);

    private final MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DEADLINE);

    @Test
    void a_hazard_being_rectified_is_overdue_from_the_day_after_its_deadline() {
        assertThat(hazard.isOverdue(DEADLINE)).isFalse();
        assertThat(hazard.isOverdue(DEADLINE.plusDays(1))).isTrue();
        assertThat(hazard.daysOverdue(DEADLINE.plusDays(10))).isEqualTo(10);
    }

    @Test
    void once_reported_rectified_the_clock_of_the_enterprise_stops_and_runs_again_after_a_refusal() {
        HazardFixtures.rectify(hazard, DEADLINE.minusDays(1));
        assertThat(hazard.isOverdue(DEADLINE.plusDays(5))).isFalse();

        hazard.refuseAcceptance(INSPECTOR, at(DEADLINE.plusDays(5)), "Alarm not wired");
        assertThat(hazard.isOverdue(DEADLINE.plusDays(5))).isTrue();
    }

    @Test
    void a_hazard_without_a_plan_has_no_deadline_and_is_not_overdue() {
        MajorHazard determined = HazardFixtures.major(DAY);

        assertThat(determined.currentDeadline()).isEmpty();
        assertThat(determined.isOverdue(DAY.plusYears(1))).isFalse();
    }

    @Test
    void the_deadline_changes_only_when_an_extension_is_approved_and_approvals_are_counted() {
        hazard.requestDeadlineExtension(LocalDate.of(2024, 8, 1), ENTERPRISE_USER, at(DAY.plusDays(10)),
                "Spare part delivery delayed");
        assertThat(hazard.currentDeadline()).contains(DEADLINE);
        assertThat(hazard.pendingExtension()).isPresent();

        hazard.approveDeadlineExtension(INSPECTOR, at(DAY.plusDays(12)), null);

        assertThat(hazard.currentDeadline()).contains(LocalDate.of(2024, 8, 1));
        assertThat(hazard.approvedExtensions()).isEqualTo(1);
        assertThat(hazard.pullEvents()).filteredOn(DeadlineExtended.class::isInstance).singleElement()
                .isInstanceOfSatisfying(DeadlineExtended.class, e -> {
                    assertThat(e.previousDeadline()).isEqualTo(DEADLINE);
                    assertThat(e.newDeadline()).isEqualTo(LocalDate.of(2024, 8, 1));
                    assertThat(e.approvedExtensions()).isEqualTo(1);
                });
    }

    @Test
    void a_rejected_extension_leaves_the_deadline_and_needs_a_reason() {
        hazard.requestDeadlineExtension(LocalDate.of(2024, 8, 1), ENTERPRISE_USER, at(DAY.plusDays(10)), "Delay");

        assertThatThrownBy(() -> hazard.rejectDeadlineExtension(INSPECTOR, at(DAY.plusDays(11)), null))
                .isInstanceOf(InvalidValueException.class);
        hazard.rejectDeadlineExtension(INSPECTOR, at(DAY.plusDays(11)), "Temporary measures are possible");

        assertThat(hazard.currentDeadline()).contains(DEADLINE);
        assertThat(hazard.approvedExtensions()).isZero();
        assertThat(hazard.extensions()).singleElement()
                .extracting(DeadlineExtension::decision).isEqualTo(DeadlineExtension.Decision.REJECTED);
    }

    @Test
    void an_extension_must_move_the_deadline_later_and_give_a_reason() {
        assertThatThrownBy(() -> hazard.requestDeadlineExtension(DEADLINE, ENTERPRISE_USER, at(DAY), "Delay"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.extension.not-later"));
        assertThatThrownBy(() -> hazard.requestDeadlineExtension(DEADLINE.plusDays(9), ENTERPRISE_USER, at(DAY),
                ""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void only_one_extension_request_waits_at_a_time_and_a_decision_needs_one() {
        assertThatThrownBy(() -> hazard.approveDeadlineExtension(INSPECTOR, at(DAY), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.extension.none-pending"));
        hazard.requestDeadlineExtension(DEADLINE.plusDays(9), ENTERPRISE_USER, at(DAY), "Delay");
        assertThatThrownBy(() -> hazard.requestDeadlineExtension(DEADLINE.plusDays(20), ENTERPRISE_USER, at(DAY),
                "More delay"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.extension.already-pending"));
    }

    @Test
    void an_extension_is_only_asked_while_rectifying_and_a_pending_one_is_withdrawn_by_the_rectification_report() {
        MajorHazard determined = HazardFixtures.major(DAY);
        assertThatThrownBy(() -> determined.requestDeadlineExtension(DEADLINE, ENTERPRISE_USER, at(DAY), "Delay"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.extension.not-allowed");
                    assertThat(e.arguments()).containsExactly(HazardStatus.DETERMINED);
                });

        hazard.requestDeadlineExtension(DEADLINE.plusDays(9), ENTERPRISE_USER, at(DAY), "Delay");
        HazardFixtures.rectify(hazard, DAY.plusDays(2));

        assertThat(hazard.pendingExtension()).isEmpty();
        assertThat(hazard.extensions()).singleElement()
                .extracting(DeadlineExtension::decision).isEqualTo(DeadlineExtension.Decision.WITHDRAWN);
    }

    @Test
    void the_overdue_notice_is_raised_once_per_deadline() {
        assertThat(hazard.noteOverdue(DEADLINE, at(DEADLINE))).isFalse();
        assertThat(hazard.noteOverdue(DEADLINE.plusDays(1), at(DEADLINE.plusDays(1)))).isTrue();
        assertThat(hazard.noteOverdue(DEADLINE.plusDays(2), at(DEADLINE.plusDays(2)))).isFalse();

        hazard.requestDeadlineExtension(DEADLINE.plusDays(10), ENTERPRISE_USER, at(DEADLINE.plusDays(2)), "Delay");
        hazard.approveDeadlineExtension(INSPECTOR, at(DEADLINE.plusDays(2)), null);
        assertThat(hazard.noteOverdue(DEADLINE.plusDays(11), at(DEADLINE.plusDays(11)))).isTrue();

        assertThat(hazard.pullEvents()).filteredOn(HazardOverdue.class::isInstance)
                .extracting(e -> ((HazardOverdue) e).deadline())
                .containsExactly(DEADLINE, DEADLINE.plusDays(10));
    }

    @Test
    void the_deadline_and_the_overdue_state_of_a_past_day_are_replayed_from_the_history() {
        hazard.requestDeadlineExtension(DEADLINE.plusDays(30), ENTERPRISE_USER, at(DEADLINE.plusDays(3)), "Delay");
        hazard.approveDeadlineExtension(INSPECTOR, at(DEADLINE.plusDays(5)), null);

        assertThat(hazard.deadlineOn(DAY.minusDays(1), ZONE)).isEmpty();
        assertThat(hazard.deadlineOn(DEADLINE.plusDays(4), ZONE)).contains(DEADLINE);
        assertThat(hazard.isOverdueOn(DEADLINE.plusDays(4), ZONE)).isTrue();
        assertThat(hazard.deadlineOn(DEADLINE.plusDays(5), ZONE)).contains(DEADLINE.plusDays(30));
        assertThat(hazard.isOverdueOn(DEADLINE.plusDays(5), ZONE)).isFalse();
    }
}
