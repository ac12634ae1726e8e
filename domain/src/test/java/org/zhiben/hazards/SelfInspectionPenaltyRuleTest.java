package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

class SelfInspectionPenaltyRuleTest {

    private final SelfInspectionPenaltyRule rule = new SelfInspectionPenaltyRule();

    private static SelfInspectionFacts facts(DiscoveryChannel channel, boolean reported, long daysOverdue) {
        return new SelfInspectionFacts(channel, reported, daysOverdue, false, false, false);
    }

    @Test
    @DisplayName("对自查发现、主动上报、及时整改的,原则上不予处罚")
    void a_self_reported_and_rectified_major_hazard_is_in_principle_not_penalised() {
        assertThat(rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 0)))
                .isEqualTo(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE);
    }

    @Test
    @DisplayName("对不自查、不报告、迟迟不能完成整改的,从重处罚")
    void a_hazard_not_self_inspected_not_reported_or_long_overdue_is_penalised_more_heavily() {
        assertThat(rule.assess(facts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 0)))
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(rule.assess(facts(DiscoveryChannel.VERIFIED_TIP_OFF, false, 0)))
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, false, 0)))
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 91)))
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
    }

    @Test
    void a_short_delay_of_a_self_reported_hazard_falls_under_the_ordinary_rules() {
        assertThat(rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 90)))
                .isEqualTo(PenaltyGuidance.ORDINARY_PENALTY);
    }

    @Test
    void the_long_overdue_threshold_is_configurable() {
        SelfInspectionPenaltyRule strict = new SelfInspectionPenaltyRule(30);

        assertThat(strict.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 31)))
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThatThrownBy(() -> new SelfInspectionPenaltyRule(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理")
    void fake_rectification_or_no_rectification_while_operating_at_risk_sends_the_actual_controller_to_the_judiciary() {
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SELF_INSPECTION, true, 0, true, false,
                false))).isEqualTo(PenaltyGuidance.TRANSFER_TO_JUDICIARY);
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 10, false,
                true, true))).isEqualTo(PenaltyGuidance.TRANSFER_TO_JUDICIARY);
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 10, false,
                true, false))).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
    }

    @Test
    void the_facts_of_a_hazard_rectified_late_show_how_late_it_was() {
        LocalDate deadline = LocalDate.of(2025, 3, 31);
        MajorHazard hazard = HazardFixtures.major(HazardFixtures.ARTUX, HazardFixtures.CHEMICALS,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), DiscoveryChannel.SELF_INSPECTION);
        hazard.setRectificationPlan(HazardFixtures.plan(deadline), HazardFixtures.ENTERPRISE_USER,
                HazardFixtures.at(LocalDate.of(2025, 3, 2)), null);
        HazardFixtures.rectify(hazard, deadline.plusDays(100));

        SelfInspectionFacts facts = SelfInspectionFacts.of(hazard, deadline.plusDays(200), HazardFixtures.ZONE,
                false, false, false);

        assertThat(facts.reportedByEnterprise()).isTrue();
        assertThat(facts.daysOverdue()).isEqualTo(100);
        assertThat(rule.assess(facts)).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
    }
}
