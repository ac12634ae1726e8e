package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DutySeparationRule.Closure;
import org.zhiben.hazards.DutySeparationRule.Duty;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

@DisplayName("建立负有安全监管职责有关部门审核把关销号机制: separation of duties in the closed loop")
class DutySeparationRuleTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    private static final Actor SECOND_OFFICER = new Actor("inspector.wang", "INSPECTOR", "EMB");
    private static final Actor SUPERVISING_OFFICER = new Actor("officer.ma", "DEPARTMENT_OFFICER", "ACO");
    private static final DutySeparationRule RULE = DutySeparationRule.DEFAULT;

    /** Reported by INSPECTOR, rectified by ENTERPRISE_USER, now waiting for acceptance. */
    private static MajorHazard rectified() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        HazardFixtures.rectify(hazard, DAY.plusDays(10));
        return hazard;
    }

    private static void assertRefused(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    @DisplayName("报告或整改隐患的人员不得验收或销号")
    void whoever_reported_or_rectified_cannot_verify_or_write_off() {
        MajorHazard hazard = rectified();

        assertRefused(() -> RULE.check(hazard, Duty.VERIFY, INSPECTOR), "hazard.duties.reporter-closes");
        assertRefused(() -> RULE.check(hazard, Duty.VERIFY, ENTERPRISE_USER), "hazard.duties.reporter-closes");
        assertThatThrownBy(() -> RULE.check(hazard, Duty.VERIFY, INSPECTOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.arguments())
                        .containsExactly("inspector.li", "报告", "验收", LocalDate.of(2024, 1, 1)));
        assertThatCode(() -> RULE.check(hazard, Duty.VERIFY, SECOND_OFFICER)).doesNotThrowAnyException();

        hazard.verify(SECOND_OFFICER, at(DAY.plusDays(12)), "Checked on site");
        assertRefused(() -> RULE.check(hazard, Duty.WRITE_OFF, INSPECTOR), "hazard.duties.reporter-closes");
        assertRefused(() -> RULE.check(hazard, Duty.WRITE_OFF, ENTERPRISE_USER), "hazard.duties.reporter-closes");
        assertThatCode(() -> RULE.check(hazard, Duty.WRITE_OFF, SECOND_OFFICER)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("申请延期的人员不得审批本人的延期申请")
    void whoever_requested_an_extension_cannot_decide_it() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        hazard.requestDeadlineExtension(DAY.plusDays(60), SECOND_OFFICER, at(DAY.plusDays(5)), "Parts on order");

        assertRefused(() -> RULE.check(hazard, Duty.DECIDE_EXTENSION, SECOND_OFFICER),
                "hazard.duties.requester-decides");
        assertThatCode(() -> RULE.check(hazard, Duty.DECIDE_EXTENSION, INSPECTOR)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("挂牌督办的隐患由督办单位验收、销号, when the rule says so")
    void a_listed_hazard_is_closed_by_its_supervising_unit_when_the_rule_says_so() {
        MajorHazard hazard = rectified();
        hazard.list(ListingLevel.PREFECTURE, UnitCode.of("ACO"), UnitCode.of("ARTUX_GOV"), DAY.plusDays(1),
                DAY.plusDays(90), SUPERVISING_OFFICER, at(DAY.plusDays(11)));
        DutySeparationRule bySupervisingUnit = new DutySeparationRule(LocalDate.of(2026, 1, 1), true,
                Closure.SUPERVISING_UNIT);

        assertRefused(() -> bySupervisingUnit.check(hazard, Duty.VERIFY, SECOND_OFFICER),
                "hazard.duties.not-supervising-unit");
        assertThatCode(() -> bySupervisingUnit.check(hazard, Duty.VERIFY, SUPERVISING_OFFICER))
                .doesNotThrowAnyException();
        assertThatCode(() -> RULE.check(hazard, Duty.VERIFY, SECOND_OFFICER)).doesNotThrowAnyException();
    }

    @Test
    void the_rule_is_versioned_data_and_a_version_may_switch_it_off() {
        DutySeparationRule off = new DutySeparationRule(LocalDate.of(2026, 6, 1), false, Closure.OTHER_OFFICER);
        List<DutySeparationRule> versions = List.of(RULE, off);

        assertThat(DutySeparationRule.inForceOn(versions, LocalDate.of(2026, 5, 31))).isEqualTo(RULE);
        assertThat(DutySeparationRule.inForceOn(versions, LocalDate.of(2026, 6, 1))).isEqualTo(off);
        assertThatCode(() -> off.check(rectified(), Duty.VERIFY, INSPECTOR)).doesNotThrowAnyException();
        assertRefused(() -> DutySeparationRule.inForceOn(versions, LocalDate.of(2023, 12, 31)),
                "hazard.duties.no-rule-in-force");
    }
}
