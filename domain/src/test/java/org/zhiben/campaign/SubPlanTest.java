package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.UnitCode;

class SubPlanTest {

    static final LocalDate DUE = LocalDate.of(2024, 3, 18);
    static final String TITLE = "城镇燃气（含瓶装液化石油气）安全生产治本攻坚三年行动子方案";
    static final Assignment HOUSING = new Assignment(11, UnitCode.of("HOUSING"), "城镇燃气", "urban gas",
            List.of(TITLE), false, null);

    @Test
    @DisplayName("于2024年3月18日前将安全生产治本攻坚三年行动方案报送 — submitted on the due day is on time")
    void submitted_on_the_due_day_is_on_time() {
        SubPlan plan = SubPlan.of(HOUSING, TITLE, DUE,
                new SubPlanSubmissions.Standing(SubPlanStatus.SUBMITTED, DUE), DUE.plusDays(30));

        assertThat(plan.owner()).isEqualTo(UnitCode.of("HOUSING"));
        assertThat(plan.assignmentNumber()).isEqualTo(11);
        assertThat(plan.due()).isEqualTo(DUE);
        assertThat(plan.status()).isEqualTo(SubPlanStatus.SUBMITTED);
        assertThat(plan.submittedOn()).isEqualTo(DUE);
        assertThat(plan.late()).isFalse();
    }

    @Test
    @DisplayName("于2024年3月18日前……报送 — first submitted the day after is late, whatever the office decided since")
    void first_submitted_after_the_due_day_is_late_even_once_accepted() {
        SubPlan plan = SubPlan.of(HOUSING, TITLE, DUE,
                new SubPlanSubmissions.Standing(SubPlanStatus.ACCEPTED, DUE.plusDays(1)), DUE.plusDays(30));

        assertThat(plan.late()).isTrue();
        assertThat(plan.status().submitted()).isTrue();
    }

    @Test
    @DisplayName("于2024年3月18日前……报送 — not submitted is late from the day after the due day, a draft too")
    void not_submitted_is_late_from_the_day_after_the_due_day() {
        assertThat(SubPlan.of(HOUSING, TITLE, DUE, SubPlanSubmissions.Standing.NONE, DUE).late()).isFalse();
        assertThat(SubPlan.of(HOUSING, TITLE, DUE, SubPlanSubmissions.Standing.NONE, DUE.plusDays(1)).late()).isTrue();
        SubPlan draft = SubPlan.of(HOUSING, TITLE, DUE, new SubPlanSubmissions.Standing(SubPlanStatus.DRAFT, null),
                DUE.plusDays(1));
        assertThat(draft.late()).isTrue();
        assertThat(draft.status().submitted()).isFalse();
        assertThat(SubPlan.of(HOUSING, TITLE, null, SubPlanSubmissions.Standing.NONE, DUE.plusYears(1)).late())
                .as("no due day, never late").isFalse();
    }

    @Test
    void a_submitted_standing_needs_its_first_submission_day_and_a_draft_has_none() {
        assertThatThrownBy(() -> new SubPlanSubmissions.Standing(SubPlanStatus.RETURNED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubPlanSubmissions.Standing(SubPlanStatus.DRAFT, DUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
