package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.EnforcementFixtures.ARTUX;
import static org.zhiben.enforcement.EnforcementFixtures.CHEMICALS;
import static org.zhiben.enforcement.EnforcementFixtures.ENTERPRISE;
import static org.zhiben.enforcement.EnforcementFixtures.TIP_OFFICER;
import static org.zhiben.enforcement.EnforcementFixtures.TIP_OFFICER_2;
import static org.zhiben.enforcement.EnforcementFixtures.ZONE;
import static org.zhiben.enforcement.EnforcementFixtures.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

class TipOffTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    static TipOff received(ReporterIdentity reporter, LocalDate on) {
        return TipOff.receive(TipOffId.newId(), TipOffChannel.HOTLINE, "储罐区液位计长期不报警", ENTERPRISE, ARTUX,
                CHEMICALS, reporter, true, TIP_OFFICER, at(on));
    }

    static TipOff verified(TipOff tipOff, VerificationResult result, LocalDate on) {
        tipOff.accept(TIP_OFFICER, at(on));
        tipOff.assign("EMB", TIP_OFFICER, at(on));
        tipOff.verify(result, "现场核查：T-3液位计未接入报警", TIP_OFFICER, at(on));
        return tipOff;
    }

    @Test
    @DisplayName("完善举报受理、现场核查、奖金发放、信息保护等制度措施：全流程")
    void a_tip_off_goes_from_acceptance_to_payment_and_closure() {
        TipOff tipOff = verified(received(null, DAY), VerificationResult.TRUE, DAY.plusDays(3));
        HazardId hazard = HazardId.newId();
        tipOff.linkOutcome(hazard, PenaltyCaseId.newId(), TIP_OFFICER, at(DAY.plusDays(4)));
        RewardCalculation reward = RewardRules.NATIONAL_2018.forViolation(Money.ofYuan(50_000));
        tipOff.decideReward(reward, List.of(), TIP_OFFICER, at(DAY.plusDays(5)));
        tipOff.approveReward(TIP_OFFICER_2, at(DAY.plusDays(6)));
        tipOff.recordPayment(new RewardPayment(DAY.plusDays(7), "PZ-2025-0601"), TIP_OFFICER, at(DAY.plusDays(7)));
        tipOff.close(TIP_OFFICER, at(DAY.plusDays(8)));

        assertThat(tipOff.anonymous()).isTrue();
        assertThat(tipOff.insider()).isTrue();
        assertThat(tipOff.status()).isEqualTo(TipOffStatus.CLOSED);
        assertThat(tipOff.hazard()).contains(hazard);
        assertThat(tipOff.reward()).get().satisfies(decision -> {
            assertThat(decision.amount()).isEqualTo(Money.ofYuan(7_500));
            assertThat(decision.approvedBy()).isEqualTo(TIP_OFFICER_2);
        });
        assertThat(tipOff.history()).extracting(TipOffStep::status).containsExactly(TipOffStatus.RECEIVED,
                TipOffStatus.ACCEPTED, TipOffStatus.ASSIGNED, TipOffStatus.VERIFIED, TipOffStatus.OUTCOME_LINKED,
                TipOffStatus.REWARD_DECIDED, TipOffStatus.REWARD_APPROVED, TipOffStatus.PAID, TipOffStatus.CLOSED);
    }

    @Test
    @DisplayName("奖励由一人决定、另一人审批：决定人本人审批被拒绝")
    void a_reward_approved_by_the_person_who_decided_it_is_refused() {
        TipOff tipOff = verified(received(null, DAY), VerificationResult.PARTLY_TRUE, DAY);
        tipOff.linkOutcome(HazardId.newId(), null, TIP_OFFICER, at(DAY));
        tipOff.decideReward(RewardRules.NATIONAL_2018.forViolation(Money.ofYuan(10_000)), List.of(), TIP_OFFICER,
                at(DAY));

        assertThatThrownBy(() -> tipOff.approveReward(TIP_OFFICER, at(DAY.plusDays(1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("second person");
        assertThat(tipOff.status()).isEqualTo(TipOffStatus.REWARD_DECIDED);
    }

    @Test
    void a_false_tip_off_is_closed_after_verification_and_leads_to_nothing() {
        TipOff tipOff = verified(received(new ReporterIdentity("王某", "13800000000"), DAY), VerificationResult.FALSE,
                DAY);

        assertThatThrownBy(() -> tipOff.linkOutcome(HazardId.newId(), null, TIP_OFFICER, at(DAY)))
                .isInstanceOf(RuleViolationException.class);
        tipOff.close(TIP_OFFICER, at(DAY));
        assertThat(tipOff.status()).isEqualTo(TipOffStatus.CLOSED);
    }

    @Test
    void the_reporters_identity_never_shows_in_its_text_form_nor_in_events() {
        TipOff tipOff = received(new ReporterIdentity("王某", "13800000000"), DAY);

        assertThat(tipOff.anonymous()).isFalse();
        assertThat(tipOff.reporter()).get().extracting(ReporterIdentity::contact).isEqualTo("13800000000");
        assertThat(tipOff.reporter().orElseThrow().toString()).doesNotContain("王某", "138");
        assertThat(tipOff.pullEvents().toString()).doesNotContain("王某", "138");
        assertThatThrownBy(() -> TipOff.restore(new TipOff.Snapshot(TipOffId.newId(), TipOffChannel.WEB, "x", null,
                null, ARTUX, null, false, false, null, TipOffStatus.RECEIVED, null, null, null, null, null, null, null, null,
                tipOff.history(), 0))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("重复举报关联到首次举报，只奖励首个有效举报人")
    void duplicates_are_linked_and_the_first_valid_reporter_is_rewarded() {
        TipOff first = verified(received(null, DAY), VerificationResult.TRUE, DAY.plusDays(1));
        TipOff second = verified(received(new ReporterIdentity("李某", null), DAY.plusDays(1)),
                VerificationResult.TRUE, DAY.plusDays(2));
        second.markDuplicateOf(first);
        first.linkOutcome(HazardId.newId(), null, TIP_OFFICER, at(DAY.plusDays(3)));
        second.linkOutcome(first.hazard().orElseThrow(), null, TIP_OFFICER, at(DAY.plusDays(3)));
        RewardCalculation reward = RewardRules.NATIONAL_2018.forViolation(Money.ofYuan(50_000));

        assertThat(second.duplicateOf()).contains(first.id());
        assertThatThrownBy(() -> second.decideReward(reward, List.of(first), TIP_OFFICER, at(DAY.plusDays(4))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("first valid reporter");
        first.decideReward(reward, List.of(second), TIP_OFFICER, at(DAY.plusDays(4)));
        assertThatThrownBy(() -> first.markDuplicateOf(second)).isInstanceOf(RuleViolationException.class);
        second.close(TIP_OFFICER, at(DAY.plusDays(5)));
        assertThat(second.status()).isEqualTo(TipOffStatus.CLOSED);
    }

    @Test
    void each_step_has_a_deadline_kept_as_data_and_overdue_tip_offs_are_known() {
        TipOff tipOff = received(null, DAY);
        TipOffDeadlines deadlines = new TipOffDeadlines(LocalDate.of(2024, 1, 1),
                Map.of(TipOffStatus.RECEIVED, 3, TipOffStatus.ACCEPTED, 2));

        assertThat(tipOff.nextStepDueOn(deadlines, ZONE)).contains(DAY.plusDays(3));
        assertThat(tipOff.isOverdue(deadlines, DAY.plusDays(3), ZONE)).isFalse();
        assertThat(tipOff.isOverdue(deadlines, DAY.plusDays(4), ZONE)).isTrue();
        tipOff.accept(TIP_OFFICER, at(DAY.plusDays(1)));
        assertThat(tipOff.nextStepDueOn(deadlines, ZONE)).contains(DAY.plusDays(3));
        tipOff.assign("EMB", TIP_OFFICER, at(DAY.plusDays(2)));
        assertThat(tipOff.nextStepDueOn(deadlines, ZONE)).isEmpty();
        assertThat(TipOffDeadlines.SHIPPED.dueOn(TipOffStatus.ASSIGNED, DAY)).contains(DAY.plusDays(30));
    }

    @Test
    void a_case_opened_after_the_hazard_is_linked_later_and_a_link_is_not_replaced() {
        TipOff tipOff = verified(received(null, DAY), VerificationResult.TRUE, DAY);
        HazardId hazard = HazardId.newId();
        PenaltyCaseId penaltyCase = PenaltyCaseId.newId();
        tipOff.linkOutcome(hazard, null, TIP_OFFICER, at(DAY));
        tipOff.linkOutcome(null, penaltyCase, TIP_OFFICER, at(DAY.plusDays(1)));

        assertThat(tipOff.hazard()).contains(hazard);
        assertThat(tipOff.penaltyCase()).contains(penaltyCase);
        assertThatThrownBy(() -> tipOff.linkOutcome(HazardId.newId(), null, TIP_OFFICER, at(DAY.plusDays(1))))
                .isInstanceOf(RuleViolationException.class);
    }
}
