package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.CheckFrequency;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalCheckStanding;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

class SelfInspectionPenaltyRuleTest {

    /** The principal led a check in the quarter before the hazard was found on 10 April 2025. */
    static final PrincipalCheckStanding CHECKS_KEPT = new PrincipalCheckStanding(true, CheckFrequency.QUARTERLY,
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 2, 3));
    /** No check led by the principal since the month before the hazard was found (a high-risk industry). */
    static final PrincipalCheckStanding CHECKS_MISSED = new PrincipalCheckStanding(true, CheckFrequency.MONTHLY,
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 2, 3));

    private final SelfInspectionPenaltyRule rule = new SelfInspectionPenaltyRule();

    private static SelfInspectionFacts facts(DiscoveryChannel channel, boolean reported, long daysOverdue) {
        return new SelfInspectionFacts(channel, reported, daysOverdue, false, false, false, CHECKS_KEPT);
    }

    @Test
    @DisplayName("对自查发现、主动上报、及时整改的,原则上不予处罚")
    void a_self_reported_and_rectified_major_hazard_is_in_principle_not_penalised() {
        PenaltyAssessment assessment = rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 0));

        assertThat(assessment.outcome()).isEqualTo(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE);
        assertThat(assessment.basis()).isEqualTo("对自查发现、主动上报、及时整改的,原则上不予处罚");
        assertThat(assessment.trace()).extracting(PenaltyTraceStep::clause, PenaltyTraceStep::applied)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PenaltyGuidance.TRANSFER_TO_JUDICIARY, false),
                        org.assertj.core.groups.Tuple.tuple(PenaltyGuidance.HEAVIER_PENALTY, false),
                        org.assertj.core.groups.Tuple.tuple(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE, true));
        assertThat(assessment.trace().get(2).explanationZh()).contains("原则上不予处罚");
        assertThat(assessment.trace().get(1).facts()).contains("企业自查上报", "企业主动上报：是", "整改超期0天");
    }

    @Test
    @DisplayName("对不自查、不报告、迟迟不能完成整改的,从重处罚")
    void a_hazard_not_self_inspected_not_reported_or_long_overdue_is_penalised_more_heavily() {
        assertThat(rule.assess(facts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 0)).outcome())
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(rule.assess(facts(DiscoveryChannel.VERIFIED_TIP_OFF, false, 0)).outcome())
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, false, 0)).outcome())
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        PenaltyAssessment longOverdue = rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 91));

        assertThat(longOverdue.outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(longOverdue.basis()).isEqualTo("对不自查、不报告、迟迟不能完成整改的,从重处罚");
        assertThat(longOverdue.trace()).hasSize(2);
        assertThat(longOverdue.trace().get(1).applied()).isTrue();
        assertThat(longOverdue.trace().get(1).facts()).contains("整改超期91天", "超过90天为迟迟不能完成整改");
    }

    @Test
    void a_short_delay_of_a_self_reported_hazard_falls_under_the_ordinary_rules() {
        PenaltyAssessment assessment = rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 90));

        assertThat(assessment.outcome()).isEqualTo(PenaltyGuidance.ORDINARY_PENALTY);
        assertThat(assessment.basis()).isEqualTo(SelfInspectionPenaltyRule.ORDINARY_BASIS);
        assertThat(assessment.trace()).hasSize(4);
        assertThat(assessment.trace().get(3).facts()).isEqualTo("整改超期90天，未超过90天");
    }

    @Test
    void the_long_overdue_threshold_is_versioned_data() {
        PenaltyRuleVersion shipped = PenaltyRuleVersion.SHIPPED;
        PenaltyRuleVersion stricter = new PenaltyRuleVersion(LocalDate.of(2025, 1, 1), 30);
        List<PenaltyRuleVersion> versions = List.of(shipped, stricter);

        SelfInspectionPenaltyRule in2024 = new SelfInspectionPenaltyRule(
                PenaltyRuleVersion.inForceOn(versions, LocalDate.of(2024, 12, 31)));
        SelfInspectionPenaltyRule in2025 = new SelfInspectionPenaltyRule(
                PenaltyRuleVersion.inForceOn(versions, LocalDate.of(2025, 1, 1)));

        assertThat(in2024.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 31)).outcome())
                .isEqualTo(PenaltyGuidance.ORDINARY_PENALTY);
        assertThat(in2025.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 31)).outcome())
                .isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(in2025.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 31)).longOverdueDays()).isEqualTo(30);
        assertThatThrownBy(() -> new PenaltyRuleVersion(LocalDate.of(2025, 1, 1), 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PenaltyRuleVersion.inForceOn(versions, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理")
    void fake_rectification_or_no_rectification_while_operating_at_risk_sends_the_actual_controller_to_the_judiciary() {
        PenaltyAssessment fake = rule.assess(new SelfInspectionFacts(DiscoveryChannel.SELF_INSPECTION, true, 0, true,
                false, false, CHECKS_KEPT));

        assertThat(fake.outcome()).isEqualTo(PenaltyGuidance.TRANSFER_TO_JUDICIARY);
        assertThat(fake.basis()).isEqualTo("对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理");
        assertThat(fake.trace()).singleElement().satisfies(step -> {
            assertThat(step.applied()).isTrue();
            assertThat(step.facts()).isEqualTo("假整改：是；不整改：否；冒险组织生产作业：否");
        });
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 10, false,
                true, true, CHECKS_KEPT)).outcome()).isEqualTo(PenaltyGuidance.TRANSFER_TO_JUDICIARY);
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 10, false,
                true, false, CHECKS_KEPT)).outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
    }

    @Test
    @DisplayName("对不自查……的,从重处罚: the principal's periodic checks missed when the hazard was found")
    void a_self_reported_hazard_of_an_enterprise_whose_principal_missed_the_periodic_checks_is_not_self_inspected() {
        SelfInspectionFacts missed = new SelfInspectionFacts(DiscoveryChannel.SELF_INSPECTION, true, 0, false, false,
                false, CHECKS_MISSED);

        PenaltyAssessment assessment = rule.assess(missed);

        assertThat(missed.selfInspected()).isFalse();
        assertThat(assessment.outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(assessment.basis()).isEqualTo(SelfInspectionPenaltyRule.HEAVIER_SENTENCE);
        assertThat(assessment.trace().get(1).facts()).contains(
                "主要负责人定期检查（每月至少1次）：2025年3月1日至2025年4月10日未开展（最近一次2025年2月3日）");
        // the same hazard with the checks kept is in principle not penalised, and its trace says so
        PenaltyAssessment kept = rule.assess(facts(DiscoveryChannel.SELF_INSPECTION, true, 0));
        assertThat(kept.outcome()).isEqualTo(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE);
        assertThat(kept.trace().get(1).facts()).contains("2025年1月1日至2025年4月10日已开展（最近一次2025年2月3日）");
        // no rule of periodic checks in force: only the channel counts
        assertThat(rule.assess(new SelfInspectionFacts(DiscoveryChannel.SELF_INSPECTION, true, 0, false, false, false,
                PrincipalCheckStanding.notRequired(LocalDate.of(2024, 3, 1)))).outcome())
                .isEqualTo(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE);
    }

    @Test
    void the_facts_are_read_from_the_hazards_history() {
        LocalDate deadline = LocalDate.of(2025, 3, 31);
        MajorHazard hazard = EnforcementFixtures.rectifying(DiscoveryChannel.SELF_INSPECTION, LocalDate.of(2025, 3, 1),
                deadline);
        EnforcementFixtures.rectify(hazard, deadline.plusDays(100));

        SelfInspectionFacts facts = SelfInspectionFacts.of(hazard, deadline.plusDays(200), EnforcementFixtures.ZONE,
                CHECKS_KEPT, false, false, false);

        assertThat(facts.reportedByEnterprise()).isTrue();
        assertThat(facts.daysOverdue()).isEqualTo(100);
        assertThat(rule.assess(facts).outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
    }

    @Test
    @DisplayName("政策提出建议，执法人员作出决定；偏离建议须说明理由")
    void the_policy_proposes_and_an_officer_decides_a_departure_needs_a_reason() {
        PenaltyAssessment proposal = rule.assess(facts(DiscoveryChannel.SUPERVISORY_INSPECTION, false, 0));

        PenaltyDecision following = PenaltyDecision.on(proposal, PenaltyGuidance.HEAVIER_PENALTY, null,
                EnforcementFixtures.OFFICER, EnforcementFixtures.at(LocalDate.of(2025, 4, 1)));
        PenaltyDecision departing = PenaltyDecision.on(proposal, PenaltyGuidance.ORDINARY_PENALTY,
                "企业在检查前已停产整改，情节轻微", EnforcementFixtures.OFFICER,
                EnforcementFixtures.at(LocalDate.of(2025, 4, 1)));

        assertThat(following.departsFromProposal()).isFalse();
        assertThat(departing.departsFromProposal()).isTrue();
        assertThat(departing.reason()).isEqualTo("企业在检查前已停产整改，情节轻微");
        assertThatThrownBy(() -> PenaltyDecision.on(proposal, PenaltyGuidance.ORDINARY_PENALTY, "  ",
                EnforcementFixtures.OFFICER, EnforcementFixtures.at(LocalDate.of(2025, 4, 1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("needs a reason");
    }
}
