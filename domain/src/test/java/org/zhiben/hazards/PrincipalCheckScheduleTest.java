package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.PrincipalCheckCompliance.State;
import org.zhiben.shared.InvalidValueException;

/**
 * Task 24: "企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查(高危行业领域每月至少1次)" — a check at least once a
 * quarter, monthly in high-risk industries; "today" comes from a test clock.
 */
class PrincipalCheckScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final PrincipalCheckRule SHIPPED = new PrincipalCheckRule(LocalDate.of(2024, 4, 1),
            CheckFrequency.QUARTERLY, CheckFrequency.MONTHLY, PrincipalCheckSchedule.RULE);
    private static final PrincipalCheckSchedule SCHEDULE = new PrincipalCheckSchedule(List.of(SHIPPED));
    private static final boolean HIGH_RISK = true;
    private static final boolean ORDINARY = false;

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private static Clock clockOn(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void the_rule_quotes_the_plan() {
        assertThat(PrincipalCheckSchedule.RULE).contains("每季度至少带队", "高危行业领域每月至少1次");
    }

    @Test
    void an_ordinary_enterprise_owes_one_check_a_quarter_and_a_high_risk_one_one_a_month() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);

        assertThat(SCHEDULE.requiredPeriods(ORDINARY, from, to)).extracting(CheckPeriod::code)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(SCHEDULE.requiredPeriods(HIGH_RISK, from, to)).hasSize(12).first()
                .extracting(CheckPeriod::code).isEqualTo("2025-01");
        assertThat(SCHEDULE.requiredPeriods(ORDINARY, from, to).get(0).label()).isEqualTo("2025年第1季度");
        assertThat(SCHEDULE.requiredPeriods(HIGH_RISK, from, to).get(1).label()).isEqualTo("2025年2月");
    }

    @Test
    void on_the_last_day_of_a_quarter_its_check_is_still_due_and_the_next_day_it_is_missed() {
        List<LocalDate> checks = List.of(LocalDate.of(2025, 1, 15));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);

        PrincipalCheckCompliance lastDay = SCHEDULE.assess(ORDINARY, checks, from, to, today(clockOn(2025, 6, 30)));
        assertThat(lastDay.periods()).extracting(PrincipalCheckCompliance.PeriodStatus::state)
                .containsExactly(State.KEPT, State.DUE);
        assertThat(lastDay.compliant()).isTrue();

        PrincipalCheckCompliance dayAfter = SCHEDULE.assess(ORDINARY, checks, from, to, today(clockOn(2025, 7, 1)));
        assertThat(dayAfter.periods()).extracting(PrincipalCheckCompliance.PeriodStatus::state)
                .containsExactly(State.KEPT, State.MISSED);
        assertThat(dayAfter.missed()).extracting(CheckPeriod::label).containsExactly("2025年第2季度");
        assertThat(dayAfter.compliant()).isFalse();

        // a check made on the quarter's last day keeps the quarter
        PrincipalCheckCompliance keptOnLastDay = SCHEDULE.assess(ORDINARY,
                List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 30)), from, to, today(clockOn(2025, 7, 1)));
        assertThat(keptOnLastDay.compliant()).isTrue();
        assertThat(keptOnLastDay.kept()).isEqualTo(2);
    }

    @Test
    void in_a_leap_year_february_ends_on_the_29th() {
        List<LocalDate> checks = List.of(LocalDate.of(2028, 1, 10));
        LocalDate from = LocalDate.of(2028, 1, 1);
        LocalDate to = LocalDate.of(2028, 3, 31);

        assertThat(SCHEDULE.requiredPeriods(HIGH_RISK, from, to).get(1).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        PrincipalCheckCompliance on29th = SCHEDULE.assess(HIGH_RISK, checks, from, to, today(clockOn(2028, 2, 29)));
        assertThat(on29th.periods()).extracting(PrincipalCheckCompliance.PeriodStatus::state)
                .containsExactly(State.KEPT, State.DUE, State.UPCOMING);
        assertThat(SCHEDULE.nextDue(HIGH_RISK, checks, today(clockOn(2028, 2, 29))).orElseThrow().dueBy())
                .isEqualTo(LocalDate.of(2028, 2, 29));

        PrincipalCheckCompliance march1st = SCHEDULE.assess(HIGH_RISK, checks, from, to, today(clockOn(2028, 3, 1)));
        assertThat(march1st.missed()).extracting(CheckPeriod::code).containsExactly("2028-02");
        // a check on 29 February keeps February
        assertThat(SCHEDULE.assess(HIGH_RISK, List.of(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 2, 29)), from, to,
                today(clockOn(2028, 3, 1))).compliant()).isTrue();
        // the quarter of an ordinary enterprise is not affected by the leap day
        assertThat(SCHEDULE.assess(ORDINARY, checks, from, to, today(clockOn(2028, 3, 1))).compliant()).isTrue();
    }

    @Test
    void on_29_february_2024_nothing_is_owed_before_the_rule_takes_effect_and_under_a_rule_in_force_february_ends_then() {
        List<LocalDate> checks = List.of(LocalDate.of(2024, 1, 10));
        LocalDate leapDay = today(clockOn(2024, 2, 29));

        assertThat(SCHEDULE.nextDue(HIGH_RISK, checks, leapDay)).as("the shipped rule applies from 2024-04-01")
                .isEmpty();
        assertThat(SCHEDULE.standingOn(HIGH_RISK, List.of(), leapDay).missed()).isFalse();

        PrincipalCheckSchedule fromJanuary = new PrincipalCheckSchedule(List.of(new PrincipalCheckRule(
                LocalDate.of(2024, 1, 1), CheckFrequency.QUARTERLY, CheckFrequency.MONTHLY,
                PrincipalCheckSchedule.RULE)));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 3, 31);
        assertThat(fromJanuary.nextDue(HIGH_RISK, checks, leapDay).orElseThrow().dueBy())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(fromJanuary.assess(HIGH_RISK, checks, from, to, leapDay).periods())
                .extracting(p -> p.period().code() + ":" + p.state())
                .containsExactly("2024-01:KEPT", "2024-02:DUE", "2024-03:UPCOMING");
        assertThat(fromJanuary.assess(HIGH_RISK, checks, from, to, today(clockOn(2024, 3, 1))).missed())
                .extracting(CheckPeriod::code).containsExactly("2024-02");
        assertThat(fromJanuary.assess(HIGH_RISK, List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 29)),
                from, to, today(clockOn(2024, 3, 1))).compliant()).as("a check on 29 February keeps February")
                .isTrue();
        assertThat(fromJanuary.assess(ORDINARY, checks, from, to, leapDay).periods())
                .extracting(p -> p.period().code() + ":" + p.state()).containsExactly("2024-Q1:KEPT");
    }

    @Test
    void across_a_year_change_the_fourth_quarter_and_december_close_on_31_december() {
        List<LocalDate> checks = List.of(LocalDate.of(2025, 12, 31));
        LocalDate from = LocalDate.of(2025, 10, 1);
        LocalDate to = LocalDate.of(2026, 1, 31);
        LocalDate newYear = today(clockOn(2026, 1, 1));

        assertThat(SCHEDULE.assess(ORDINARY, checks, from, to, newYear).periods())
                .extracting(p -> p.period().code() + ":" + p.state())
                .containsExactly("2025-Q4:KEPT", "2026-Q1:DUE");
        assertThat(SCHEDULE.assess(HIGH_RISK, checks, from, to, newYear).periods())
                .extracting(p -> p.period().code() + ":" + p.state())
                .containsExactly("2025-10:MISSED", "2025-11:MISSED", "2025-12:KEPT", "2026-01:DUE");

        PrincipalCheckSchedule.NextCheck next = SCHEDULE.nextDue(ORDINARY, checks, newYear).orElseThrow();
        assertThat(next.period().label()).isEqualTo("2026年第1季度");
        assertThat(next.dueBy()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(next.missedPrevious()).isNull();
        assertThat(next.lastCheckOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void once_the_current_period_is_kept_the_next_one_is_owed_and_a_missed_one_is_named() {
        LocalDate today = today(clockOn(2025, 5, 20));

        PrincipalCheckSchedule.NextCheck kept = SCHEDULE.nextDue(HIGH_RISK, List.of(LocalDate.of(2025, 5, 2)), today)
                .orElseThrow();
        assertThat(kept.currentKept()).isTrue();
        assertThat(kept.period().code()).isEqualTo("2025-06");
        assertThat(kept.missedPrevious().code()).isEqualTo("2025-04");

        PrincipalCheckSchedule.NextCheck open = SCHEDULE.nextDue(ORDINARY, List.of(), today).orElseThrow();
        assertThat(open.period().code()).isEqualTo("2025-Q2");
        assertThat(open.dueBy()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(open.missedPrevious().code()).isEqualTo("2025-Q1");
    }

    @Test
    void the_rule_is_versioned_data_nothing_is_owed_before_its_first_version_and_a_later_one_takes_over() {
        assertThat(SCHEDULE.requiredPeriods(ORDINARY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
                .extracting(CheckPeriod::code).containsExactly("2024-Q2");
        assertThat(SCHEDULE.nextDue(ORDINARY, List.of(), LocalDate.of(2024, 3, 31))).isEmpty();
        assertThat(SCHEDULE.standingOn(HIGH_RISK, List.of(), LocalDate.of(2024, 3, 31)).missed()).isFalse();

        // a later version asking every enterprise monthly applies from the first period starting on its day
        PrincipalCheckSchedule stricter = new PrincipalCheckSchedule(List.of(SHIPPED, new PrincipalCheckRule(
                LocalDate.of(2026, 1, 1), CheckFrequency.MONTHLY, CheckFrequency.MONTHLY, "每月至少1次")));
        assertThat(stricter.requiredPeriods(ORDINARY, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)))
                .extracting(CheckPeriod::code).containsExactly("2025-Q4", "2026-01", "2026-02");
    }

    @Test
    void standing_on_the_day_a_hazard_is_found_looks_at_the_period_before_and_the_current_one_up_to_that_day() {
        LocalDate found = LocalDate.of(2025, 4, 10);

        PrincipalCheckStanding kept = SCHEDULE.standingOn(ORDINARY, List.of(LocalDate.of(2025, 2, 3)), found);
        assertThat(kept.missed()).isFalse();
        assertThat(kept.examinedFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(kept.describe()).isEqualTo("主要负责人定期检查（每季度至少1次）：2025年1月1日至2025年4月10日已开展（最近一次2025年2月3日）");

        PrincipalCheckStanding missed = SCHEDULE.standingOn(HIGH_RISK,
                List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 4, 11)), found);
        assertThat(missed.missed()).isTrue();
        assertThat(missed.examinedFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(missed.describe()).isEqualTo("主要负责人定期检查（每月至少1次）：2025年3月1日至2025年4月10日未开展（最近一次2025年2月3日）");
    }

    @Test
    void a_period_whose_end_lies_before_its_start_is_refused() {
        assertThatThrownBy(() -> SCHEDULE.requiredPeriods(ORDINARY, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "hazard.principal-check.period-reversed");
    }
}
