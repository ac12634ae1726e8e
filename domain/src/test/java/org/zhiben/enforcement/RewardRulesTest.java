package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/** The reward rules of the national measures of 2018, and a prefecture's raised amounts in force from a date. */
class RewardRulesTest {

    private static final RewardRules NATIONAL = RewardRules.NATIONAL_2018;
    private static final JurisdictionCode KIZILSU = JurisdictionCode.of("653000");

    @Test
    @DisplayName("按照行政处罚金额的15%计算")
    void a_verified_major_hazard_or_illegal_act_earns_15_percent_of_the_fine() {
        RewardCalculation reward = NATIONAL.forViolation(Money.ofYuan(100_000));

        assertThat(reward.amount()).isEqualTo(Money.ofYuan(15_000));
        assertThat(reward.amount().fen()).isEqualTo(1_500_000L);
        assertThat(reward.explanation()).isEqualTo("罚款100000.00元×15%=15000.00元");
        assertThat(reward.rules()).contains("安全生产领域举报奖励办法");
        assertThat(NATIONAL.forViolation(Money.ofFen(3_333_333)).amount()).isEqualTo(Money.ofFen(500_000));
    }

    @Test
    @DisplayName("最低奖励3000元")
    void the_reward_is_at_least_3000_yuan() {
        RewardCalculation reward = NATIONAL.forViolation(Money.ofYuan(10_000));

        assertThat(reward.amount()).isEqualTo(Money.ofYuan(3_000));
        assertThat(reward.explanation()).contains("低于最低奖励3000.00元，按最低奖励");
        assertThat(NATIONAL.forViolation(Money.ofYuan(20_000)).amount()).isEqualTo(Money.ofYuan(3_000));
        assertThat(NATIONAL.forViolation(Money.ofYuan(20_001)).amount()).isEqualTo(Money.ofFen(300_015));
    }

    @Test
    @DisplayName("最高不超过30万元")
    void the_reward_is_at_most_300000_yuan() {
        RewardCalculation reward = NATIONAL.forViolation(Money.ofYuan(3_000_000));

        assertThat(reward.amount()).isEqualTo(Money.ofYuan(300_000));
        assertThat(reward.explanation()).contains("高于最高奖励300000.00元，按最高奖励");
        assertThat(NATIONAL.forViolation(Money.ofYuan(2_000_000)).amount()).isEqualTo(Money.ofYuan(300_000));
    }

    @Test
    @DisplayName("每查实瞒报谎报死亡1人：一般事故3万元、较大事故4万元、重大事故5万元、特别重大事故6万元")
    void each_verified_concealed_death_earns_an_amount_by_accident_class() {
        assertThat(NATIONAL.forConcealedDeaths(AccidentClass.GENERAL, 1).amount()).isEqualTo(Money.ofYuan(30_000));
        assertThat(NATIONAL.forConcealedDeaths(AccidentClass.LARGER, 1).amount()).isEqualTo(Money.ofYuan(40_000));
        assertThat(NATIONAL.forConcealedDeaths(AccidentClass.MAJOR, 1).amount()).isEqualTo(Money.ofYuan(50_000));
        assertThat(NATIONAL.forConcealedDeaths(AccidentClass.ESPECIALLY_MAJOR, 1).amount())
                .isEqualTo(Money.ofYuan(60_000));
        RewardCalculation two = NATIONAL.forConcealedDeaths(AccidentClass.LARGER, 2);
        assertThat(two.amount()).isEqualTo(Money.ofYuan(80_000));
        assertThat(two.explanation()).isEqualTo("较大事故瞒报谎报死亡2人×40000.00元=80000.00元");
    }

    @Test
    @DisplayName("瞒报谎报死亡奖励最高不超过30万元")
    void the_reward_for_concealed_deaths_is_capped_at_300000_yuan() {
        assertThat(NATIONAL.forConcealedDeaths(AccidentClass.ESPECIALLY_MAJOR, 5).amount())
                .isEqualTo(Money.ofYuan(300_000));
        RewardCalculation many = NATIONAL.forConcealedDeaths(AccidentClass.ESPECIALLY_MAJOR, 12);
        assertThat(many.amount()).isEqualTo(Money.ofYuan(300_000));
        assertThat(many.explanation()).contains("按最高奖励");
    }

    @Test
    @DisplayName("大幅提升举报奖励额度：州级提高的标准自生效之日起适用")
    void a_prefecture_can_load_raised_amounts_in_force_from_a_date() {
        RewardRules raised = RewardRules.raisedFor(NATIONAL, "克孜勒苏州举报奖励标准(2025)", KIZILSU,
                LocalDate.of(2025, 7, 1), 2_000, Money.ofYuan(5_000), Money.ofYuan(500_000),
                Map.of(AccidentClass.GENERAL, Money.ofYuan(40_000), AccidentClass.LARGER, Money.ofYuan(50_000),
                        AccidentClass.MAJOR, Money.ofYuan(60_000), AccidentClass.ESPECIALLY_MAJOR,
                        Money.ofYuan(80_000)), Money.ofYuan(500_000));
        List<RewardRules> versions = List.of(NATIONAL, raised);

        RewardRules before = RewardRules.inForceOn(versions, KIZILSU, LocalDate.of(2025, 6, 30));
        RewardRules after = RewardRules.inForceOn(versions, KIZILSU, LocalDate.of(2025, 7, 1));
        RewardRules elsewhere = RewardRules.inForceOn(versions, JurisdictionCode.of("650100"),
                LocalDate.of(2025, 7, 1));

        assertThat(before).isEqualTo(NATIONAL);
        assertThat(after).isEqualTo(raised);
        assertThat(elsewhere).isEqualTo(NATIONAL);
        assertThat(before.forViolation(Money.ofYuan(100_000)).amount()).isEqualTo(Money.ofYuan(15_000));
        assertThat(after.forViolation(Money.ofYuan(100_000)).amount()).isEqualTo(Money.ofYuan(20_000));
        assertThat(after.forViolation(Money.ofYuan(10_000)).amount()).isEqualTo(Money.ofYuan(5_000));
        assertThat(after.forConcealedDeaths(AccidentClass.GENERAL, 1).amount()).isEqualTo(Money.ofYuan(40_000));
    }

    @Test
    void a_prefecture_cannot_lower_the_national_amounts() {
        assertThatThrownBy(() -> RewardRules.raisedFor(NATIONAL, "lower", KIZILSU, LocalDate.of(2025, 7, 1), 1_000,
                Money.ofYuan(3_000), Money.ofYuan(300_000), NATIONAL.perConcealedDeath(), Money.ofYuan(300_000)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RewardRules.inForceOn(List.of(NATIONAL), KIZILSU, LocalDate.of(2017, 12, 31)))
                .isInstanceOf(RuleViolationException.class);
    }
}
