package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

class RuleVersionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final List<RuleVersion> SHIPPED = EnforcementRules.SHIPPED_VERSIONS;

    @Test
    @DisplayName("a new version starts after today, never on a day already past or today, so the version in force is never changed")
    void a_new_version_must_start_after_today() {
        RuleVersion.requireAddable(new PenaltyRuleVersion(TODAY.plusDays(1), 60), SHIPPED, TODAY);

        assertThatThrownBy(() -> RuleVersion.requireAddable(new PenaltyRuleVersion(TODAY, 60), SHIPPED, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.rules.not-in-future"));
        assertThatThrownBy(() -> RuleVersion.requireAddable(new ResponsibilityTracing(TODAY.minusDays(3), 12),
                SHIPPED, TODAY)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("two versions of the same kind never start on the same day; other kinds and other prefectures do not clash")
    void a_version_starting_on_the_day_another_of_its_kind_starts_is_refused() {
        List<RuleVersion> existing = List.of(PenaltyRuleVersion.SHIPPED, new PenaltyRuleVersion(TODAY.plusDays(30), 60));

        assertThatThrownBy(() -> RuleVersion.requireAddable(new PenaltyRuleVersion(TODAY.plusDays(30), 45),
                existing, TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.rules.version-exists"));
        RuleVersion.requireAddable(new ResponsibilityTracing(TODAY.plusDays(30), 12), existing, TODAY);

        RewardRules raised = RewardRules.raisedFor(RewardRules.NATIONAL_2018, "克州举报奖励", JurisdictionCode.of("653000"),
                TODAY.plusDays(30), 2_000, Money.ofYuan(5_000), Money.ofYuan(300_000),
                RewardRules.NATIONAL_2018.perConcealedDeath(), Money.ofYuan(300_000));
        List<RuleVersion> withRaise = List.of(RewardRules.NATIONAL_2018, raised);
        assertThatThrownBy(() -> RuleVersion.requireAddable(raised, withRaise, TODAY))
                .isInstanceOf(RuleViolationException.class);
        RewardRules otherPrefecture = RewardRules.raisedFor(RewardRules.NATIONAL_2018, "另一州", JurisdictionCode.of(
                "652900"), TODAY.plusDays(30), 2_000, Money.ofYuan(5_000), Money.ofYuan(300_000),
                RewardRules.NATIONAL_2018.perConcealedDeath(), Money.ofYuan(300_000));
        RuleVersion.requireAddable(otherPrefecture, withRaise, TODAY);
    }

    @Test
    @DisplayName("the shipped data is one version of each kind, the national reward measures of 2018 among them")
    void the_shipped_versions_are_one_of_each_kind() {
        assertThat(SHIPPED).extracting(RuleVersion::kind).containsExactlyInAnyOrder(RuleKind.values());
        assertThat(EnforcementRules.shipped(JurisdictionCode.of("653000")).versions())
                .containsExactlyInAnyOrderElementsOf(SHIPPED);
        assertThat(EnforcementRules.shipped(JurisdictionCode.of("653000")).calendar())
                .isEqualTo(WorkingDayCalendar.WEEKDAYS);
    }

    @Test
    @DisplayName("a holiday or an adjusted working day is declared for a day after today, once; an adjusted working day is a weekend day")
    void calendar_days_are_declared_ahead_once_and_an_adjusted_working_day_is_a_weekend_day() {
        CalendarDay national = new CalendarDay(LocalDate.of(2025, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节");
        WorkingDayCalendar.requireAddable(national, List.of(), TODAY);

        assertThatThrownBy(() -> WorkingDayCalendar.requireAddable(national, List.of(national), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.calendar.day-exists"));
        assertThatThrownBy(() -> WorkingDayCalendar.requireAddable(
                new CalendarDay(TODAY, CalendarDay.Kind.HOLIDAY, "端午节"), List.of(), TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.calendar.not-in-future"));
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2025, 9, 29), CalendarDay.Kind.ADJUSTED_WORKING_DAY,
                "国庆节")).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.calendar.adjusted-not-weekend"));
    }
}
