package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.EnforcementFixtures.OFFICER;
import static org.zhiben.enforcement.EnforcementFixtures.at;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;

class DishonestyListingTest {

    static final LocalDate DECIDED_CASE = LocalDate.of(2025, 3, 3);
    static final LocalDate DECISION = LocalDate.of(2025, 3, 20);
    static final Actor OTHER_UNIT = new Actor("officer.qian", "DEPARTMENT_OFFICER", "HOUSING");

    static PenaltyCase decidedCase() {
        PenaltyCase penaltyCase = PenaltyCaseTest.notified(List.of(
                PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(20_000))));
        penaltyCase.decide(DECIDED_CASE, MajorDecisionRule.SHIPPED, WorkingDayCalendar.WEEKDAYS, OFFICER,
                at(DECIDED_CASE));
        return penaltyCase;
    }

    static DishonestyListing published() {
        DishonestyListing listing = DishonestyListing.notify(DishonestyListingId.newId(), decidedCase(),
                DishonestySituation.REFUSED_EXECUTION, null, DishonestyListRules.SHIPPED, LocalDate.of(2025, 3, 10),
                OFFICER);
        listing.decide(DECISION, OFFICER, at(DECISION));
        listing.publish(DECISION.plusDays(1), OFFICER, at(DECISION.plusDays(1)));
        return listing;
    }

    @Test
    void the_nine_situations_are_shipped_with_their_source_articles() {
        assertThat(DishonestySituation.values()).hasSize(9);
        assertThat(Arrays.stream(DishonestySituation.values()).filter(s -> s.sourceArticle().startsWith("第六条")))
                .hasSize(5);
        assertThat(DishonestySituation.CONCEALED_ACCIDENT.text()).isEqualTo("瞒报、谎报生产安全事故的生产经营单位及其有关责任人员");
        assertThat(DishonestySituation.REFUSED_EXECUTION.sourceArticle()).isEqualTo("第七条第（三）项");
    }

    @Test
    @DisplayName("谁处罚、谁决定、谁负责：作出处罚决定的单位决定列入")
    void only_the_unit_that_made_the_penalty_decision_decides_the_listing() {
        assertThatThrownBy(() -> DishonestyListing.notify(DishonestyListingId.newId(), decidedCase(),
                DishonestySituation.REFUSED_EXECUTION, null, DishonestyListRules.SHIPPED, LocalDate.of(2025, 3, 10),
                OTHER_UNIT)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> DishonestyListing.notify(DishonestyListingId.newId(), PenaltyCaseTest.opened(),
                DishonestySituation.REFUSED_EXECUTION, null, DishonestyListRules.SHIPPED, LocalDate.of(2025, 3, 10),
                OFFICER)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_decision_waits_for_the_end_of_the_objection_period() {
        DishonestyListing listing = DishonestyListing.notify(DishonestyListingId.newId(), decidedCase(),
                DishonestySituation.REFUSED_EXECUTION, "赵某", DishonestyListRules.SHIPPED, LocalDate.of(2025, 3, 10),
                OFFICER);

        assertThat(listing.objectionEndsOn()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThatThrownBy(() -> listing.decide(LocalDate.of(2025, 3, 15), OFFICER, at(LocalDate.of(2025, 3, 15))))
                .isInstanceOf(RuleViolationException.class);
        listing.decide(LocalDate.of(2025, 3, 16), OFFICER, at(LocalDate.of(2025, 3, 16)));
        assertThat(listing.status()).isEqualTo(DishonestyStatus.DECIDED);
    }

    @Test
    @DisplayName("严重失信主体名单管理期限为3年")
    void the_management_period_is_3_years_from_the_decision() {
        DishonestyListing listing = published();

        assertThat(listing.managementEndsOn()).contains(LocalDate.of(2028, 3, 20));
        assertThat(listing.isListedOn(DECISION.minusDays(1))).isFalse();
        assertThat(listing.isListedOn(DECISION)).isTrue();
        assertThat(listing.isListedOn(LocalDate.of(2028, 3, 19))).isTrue();
        assertThat(listing.isListedOn(LocalDate.of(2028, 3, 20))).isFalse();
        assertThatThrownBy(() -> listing.removeEarly(LocalDate.of(2028, 3, 20), true, OFFICER,
                at(LocalDate.of(2028, 3, 20)))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("列入名单满12个月，符合条件的，可以申请提前移出")
    void early_removal_may_be_applied_for_after_12_months_once_the_conditions_are_met() {
        DishonestyListing listing = published();

        assertThat(listing.earlyRemovalPossibleFrom()).contains(LocalDate.of(2026, 3, 20));
        assertThatThrownBy(() -> listing.removeEarly(LocalDate.of(2026, 3, 19), true, OFFICER,
                at(LocalDate.of(2026, 3, 19)))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2026-03-20");
        assertThatThrownBy(() -> listing.removeEarly(LocalDate.of(2026, 3, 20), false, OFFICER,
                at(LocalDate.of(2026, 3, 20)))).isInstanceOf(RuleViolationException.class);
        listing.removeEarly(LocalDate.of(2026, 3, 20), true, OFFICER, at(LocalDate.of(2026, 3, 20)));

        assertThat(listing.isListedOn(LocalDate.of(2026, 3, 19))).isTrue();
        assertThat(listing.isListedOn(LocalDate.of(2026, 3, 20))).isFalse();
    }

    @Test
    void an_early_removal_found_to_rest_on_false_information_is_revoked() {
        DishonestyListing listing = published();
        listing.removeEarly(LocalDate.of(2026, 5, 1), true, OFFICER, at(LocalDate.of(2026, 5, 1)));

        listing.revokeEarlyRemoval("申请材料中的整改报告系伪造", OFFICER, at(LocalDate.of(2026, 6, 1)));

        assertThat(listing.status()).isEqualTo(DishonestyStatus.PUBLISHED);
        assertThat(listing.isListedOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(listing.managementEndsOn()).contains(LocalDate.of(2028, 3, 20));
        assertThat(listing.removalRevokedReason()).contains("申请材料中的整改报告系伪造");
        assertThat(listing.pullEvents()).last().isInstanceOfSatisfying(DishonestyListingChanged.class,
                changed -> assertThat(changed.listedUntil()).isEqualTo(LocalDate.of(2028, 3, 20)));
    }
}
