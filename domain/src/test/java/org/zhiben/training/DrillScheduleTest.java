package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.DrillCompliance.State;

/**
 * Task 9: "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)" — a drill at least once a year, every half year in
 * high-risk industries; "today" comes from a test clock.
 */
class DrillScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DrillRule SHIPPED = new DrillRule(LocalDate.of(2024, 1, 1), DrillFrequency.YEARLY,
            DrillFrequency.HALF_YEARLY, DrillSchedule.RULE);
    private static final DrillSchedule SCHEDULE = new DrillSchedule(List.of(SHIPPED));
    private static final boolean HIGH_RISK = true;
    private static final boolean ORDINARY = false;

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private static Clock clockOn(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static List<String> states(DrillCompliance compliance) {
        return compliance.periods().stream().map(p -> p.period().code() + ":" + p.state()).toList();
    }

    @Test
    void the_rule_quotes_the_plan() {
        assertThat(DrillSchedule.RULE).isEqualTo("每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)");
        assertThat(SHIPPED.frequencyFor(ORDINARY).label()).isEqualTo("每年至少1次");
        assertThat(SHIPPED.frequencyFor(HIGH_RISK).label()).isEqualTo("每半年至少1次");
    }

    @Test
    void an_ordinary_enterprise_owes_one_drill_a_year_and_a_high_risk_one_one_every_half_year() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        assertThat(SCHEDULE.requiredPeriods(ORDINARY, from, to)).extracting(DrillPeriod::label)
                .containsExactly("2025年", "2026年");
        assertThat(SCHEDULE.requiredPeriods(HIGH_RISK, from, to)).extracting(DrillPeriod::label)
                .containsExactly("2025年上半年", "2025年下半年", "2026年上半年", "2026年下半年");

        // one drill in March 2025 keeps an ordinary enterprise's year, but not a high-risk one's second half
        List<LocalDate> march = List.of(LocalDate.of(2025, 3, 10));
        LocalDate newYear = today(clockOn(2026, 1, 1));
        assertThat(SCHEDULE.assess(ORDINARY, march, from, LocalDate.of(2025, 12, 31), newYear).compliant()).isTrue();
        DrillCompliance highRisk = SCHEDULE.assess(HIGH_RISK, march, from, LocalDate.of(2025, 12, 31), newYear);
        assertThat(highRisk.compliant()).isFalse();
        assertThat(highRisk.missed()).extracting(DrillPeriod::label).containsExactly("2025年下半年");
        assertThat(highRisk.owed()).isEqualTo(2);
        assertThat(highRisk.kept()).isEqualTo(1);
    }

    @Test
    void on_the_last_day_of_a_half_year_its_drill_is_still_due_and_the_next_day_it_is_missed() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);

        DrillCompliance lastDay = SCHEDULE.assess(HIGH_RISK, List.of(), from, to, today(clockOn(2025, 6, 30)));
        assertThat(states(lastDay)).containsExactly("2025-H1:DUE", "2025-H2:UPCOMING");
        assertThat(lastDay.compliant()).isTrue();

        DrillCompliance dayAfter = SCHEDULE.assess(HIGH_RISK, List.of(), from, to, today(clockOn(2025, 7, 1)));
        assertThat(states(dayAfter)).containsExactly("2025-H1:MISSED", "2025-H2:DUE");

        // a drill on 30 June keeps the first half; one on 1 July belongs to the second
        assertThat(states(SCHEDULE.assess(HIGH_RISK, List.of(LocalDate.of(2025, 6, 30)), from, to,
                today(clockOn(2025, 7, 1))))).containsExactly("2025-H1:KEPT", "2025-H2:DUE");
        assertThat(states(SCHEDULE.assess(HIGH_RISK, List.of(LocalDate.of(2025, 7, 1)), from, to,
                today(clockOn(2025, 7, 2))))).containsExactly("2025-H1:MISSED", "2025-H2:KEPT");
        // the last day of a quarter (31 March) ends no period of the drill rule
        assertThat(states(SCHEDULE.assess(HIGH_RISK, List.of(), from, to, today(clockOn(2025, 4, 1)))))
                .containsExactly("2025-H1:DUE", "2025-H2:UPCOMING");
        assertThat(states(SCHEDULE.assess(ORDINARY, List.of(), from, to, today(clockOn(2025, 7, 1)))))
                .containsExactly("2025:DUE");
    }

    @Test
    void a_drill_on_29_february_of_a_leap_year_keeps_the_first_half_and_the_year() {
        List<LocalDate> leapDay = List.of(LocalDate.of(2028, 2, 29));
        LocalDate from = LocalDate.of(2028, 1, 1);
        LocalDate to = LocalDate.of(2028, 12, 31);
        LocalDate nextYear = today(clockOn(2029, 1, 1));

        assertThat(states(SCHEDULE.assess(HIGH_RISK, leapDay, from, to, nextYear)))
                .containsExactly("2028-H1:KEPT", "2028-H2:MISSED");
        assertThat(states(SCHEDULE.assess(ORDINARY, leapDay, from, to, nextYear))).containsExactly("2028:KEPT");
        // a period asked from 29 February covers the half year and the year that contain it
        assertThat(SCHEDULE.requiredPeriods(HIGH_RISK, LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29)))
                .extracting(DrillPeriod::start, DrillPeriod::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 1, 1),
                        LocalDate.of(2028, 6, 30)));
        assertThat(SCHEDULE.assess(ORDINARY, leapDay, LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29),
                today(clockOn(2028, 2, 29))).periods().get(0).drillDays()).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void across_a_year_change_the_year_and_the_second_half_close_on_31_december() {
        List<LocalDate> newYearsEve = List.of(LocalDate.of(2025, 12, 31));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);

        assertThat(states(SCHEDULE.assess(ORDINARY, newYearsEve, from, to, today(clockOn(2025, 12, 31)))))
                .containsExactly("2025:KEPT", "2026:UPCOMING");
        assertThat(states(SCHEDULE.assess(ORDINARY, List.of(), from, to, today(clockOn(2025, 12, 31)))))
                .containsExactly("2025:DUE", "2026:UPCOMING");
        assertThat(states(SCHEDULE.assess(ORDINARY, List.of(), from, to, today(clockOn(2026, 1, 1)))))
                .containsExactly("2025:MISSED", "2026:DUE");
        assertThat(states(SCHEDULE.assess(HIGH_RISK, newYearsEve, from, to, today(clockOn(2026, 1, 1)))))
                .containsExactly("2025-H1:MISSED", "2025-H2:KEPT", "2026-H1:DUE");
        // a drill on 1 January belongs to the new year, not the old
        assertThat(states(SCHEDULE.assess(ORDINARY, List.of(LocalDate.of(2026, 1, 1)), from, to,
                today(clockOn(2026, 1, 2))))).containsExactly("2025:MISSED", "2026:KEPT");
    }

    @Test
    void the_rule_applies_from_its_first_version_and_a_later_version_from_the_period_it_starts() {
        DrillRule stricter = new DrillRule(LocalDate.of(2026, 1, 1), DrillFrequency.HALF_YEARLY,
                DrillFrequency.HALF_YEARLY, "测试用的后续版本");
        DrillSchedule schedule = new DrillSchedule(List.of(SHIPPED, stricter));
        assertThat(schedule.requiredPeriods(ORDINARY, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(DrillPeriod::code).containsExactly("2024", "2025", "2026-H1", "2026-H2");
        assertThat(SCHEDULE.frequencyOn(ORDINARY, LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void a_reversed_period_and_a_drill_in_the_future_are_refused() {
        assertThatThrownBy(() -> SCHEDULE.requiredPeriods(ORDINARY, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.drill.period-reversed");
        LocalDate today = today(clockOn(2025, 6, 30));
        assertThatThrownBy(() -> Drill.record(UUID.randomUUID(), JurisdictionCode.of("653001"),
                IndustryCode.of("MINES"), today.plusDays(1), "全厂", 20, "全体从业人员", "疏散用时4分钟", today,
                Instant.now(), "tester")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.drill.in-future");
        assertThatThrownBy(() -> Drill.record(UUID.randomUUID(), JurisdictionCode.of("653001"),
                IndustryCode.of("MINES"), today, "全厂", 0, "全体从业人员", "疏散用时4分钟", today, Instant.now(),
                "tester")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.drill.participants-invalid");
    }
}
