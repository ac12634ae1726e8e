package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/**
 * Task 5: "把企业主要负责人安全培训情况纳入安全生产执法检查的必查内容，积极推动“逢查必考”" — a principal who failed the
 * exam at an inspection is due a re-examination a number of days later (30 by the shipped, configurable default, as the
 * plan sets none), with a test clock at the boundaries: 29 February and the change of year.
 */
class ReexamFlagTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ReexamFlag failedOn(LocalDate day, int days) {
        return ReexamFlag.raise(ReexamFlagId.newId(), UUID.randomUUID(), JurisdictionCode.of("653022"),
                IndustryCode.of("MINES"), UUID.randomUUID(), day, 52, days);
    }

    static LocalDate today(String localDateTime) {
        Clock clock = Clock.fixed(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE);
        return LocalDate.now(clock);
    }

    @Test
    void a_failure_on_the_thirtieth_of_january_2024_is_due_on_the_twenty_ninth_of_february_and_overdue_on_the_first_of_march() {
        ReexamFlag flag = failedOn(LocalDate.of(2024, 1, 30), 30);

        assertThat(flag.dueBy()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(flag.overdueOn(today("2024-02-29T23:59:59"))).isFalse();
        assertThat(flag.overdueOn(today("2024-03-01T00:00:00"))).isTrue();
    }

    @Test
    void a_re_examination_passed_on_the_due_day_clears_the_flag_in_time_and_one_passed_the_day_after_clears_it_late() {
        ReexamFlag inTime = failedOn(LocalDate.of(2024, 1, 30), 30);
        assertThat(inTime.reexamined(LocalDate.of(2024, 2, 29), true)).isTrue();
        assertThat(inTime.status()).isEqualTo(ReexamStatus.CLEARED);
        assertThat(inTime.overdueOn(LocalDate.of(2024, 3, 31))).isFalse();

        ReexamFlag late = failedOn(LocalDate.of(2024, 1, 30), 30);
        late.reexamined(LocalDate.of(2024, 3, 1), true);
        assertThat(late.status()).isEqualTo(ReexamStatus.CLEARED_LATE);
    }

    @Test
    void a_failure_in_mid_december_is_due_in_the_new_year_and_a_failed_re_examination_leaves_the_flag_open() {
        ReexamFlag flag = failedOn(LocalDate.of(2024, 12, 15), 30);

        assertThat(flag.dueBy()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(flag.overdueOn(today("2024-12-31T23:59:59"))).isFalse();
        assertThat(flag.overdueOn(today("2025-01-15T00:00:00"))).isTrue();
        assertThat(flag.reexamined(LocalDate.of(2025, 1, 2), false)).isFalse();
        assertThat(flag.status()).isEqualTo(ReexamStatus.OPEN);
        assertThat(flag.snapshot().lastAttemptOn()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void the_deadline_is_data_a_flag_is_cleared_once_and_a_re_examination_comes_after_the_failure() {
        assertThat(failedOn(LocalDate.of(2024, 2, 29), 7).dueBy()).isEqualTo(LocalDate.of(2024, 3, 7));
        ReexamFlag flag = failedOn(LocalDate.of(2024, 6, 1), 30);
        assertThatThrownBy(() -> flag.reexamined(LocalDate.of(2024, 6, 1), true))
                .hasFieldOrPropertyWithValue("code", "training.reexam.before-failure");
        flag.reexamined(LocalDate.of(2024, 6, 20), true);
        assertThatThrownBy(() -> flag.reexamined(LocalDate.of(2024, 6, 21), true))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "training.reexam.already-cleared");
        assertThatThrownBy(() -> failedOn(LocalDate.of(2024, 6, 1), 0))
                .hasFieldOrPropertyWithValue("code", "training.reexam.days-invalid");
    }

    /**
     * Clause 1 of the chemicals and fireworks standards: "主要负责人、安全生产管理人员未依法经考核合格" — a principal
     * stands not assessed as qualified once the re-examination was failed or its deadline passed without a pass.
     */
    @Test
    void a_principal_is_unqualified_after_a_failed_reexamination_or_once_the_deadline_has_passed() {
        ReexamFlag waiting = failedOn(LocalDate.of(2024, 1, 30), 30);
        assertThat(waiting.unqualifiedOn(today("2024-02-29T23:59:59"))).isFalse();
        assertThat(waiting.unqualifiedOn(today("2024-03-01T00:00:00"))).isTrue();

        ReexamFlag failedAgain = failedOn(LocalDate.of(2024, 1, 30), 30);
        failedAgain.reexamined(LocalDate.of(2024, 2, 10), false);
        assertThat(failedAgain.reexamFailed()).isTrue();
        assertThat(failedAgain.unqualifiedOn(today("2024-02-10T12:00:00"))).isTrue();

        ReexamFlag passed = failedOn(LocalDate.of(2024, 1, 30), 30);
        passed.reexamined(LocalDate.of(2024, 2, 10), false);
        passed.reexamined(LocalDate.of(2024, 2, 20), true);
        assertThat(passed.reexamFailed()).isFalse();
        assertThat(passed.unqualifiedOn(today("2024-12-31T12:00:00"))).isFalse();
    }
}
