package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制": the monthly ranking orders the units by the punctuality of their
 * 附表1, then by clearance rate, then by overdue hazards; units equal on all three share a rank.
 */
class RankingRuleTest {

    static RankingRule.Standing standing(String unit, Punctuality punctuality, String rate, long overdue) {
        return new RankingRule.Standing(UnitCode.of(unit), punctuality, rate == null ? null : new BigDecimal(rate),
                overdue);
    }

    static List<String> order(List<RankingRule.Ranked> ranked) {
        return ranked.stream().map(r -> r.standing().unit().value() + "#" + r.rank()).toList();
    }

    @Test
    void punctuality_comes_first_then_the_clearance_rate_then_the_fewest_overdue_hazards() {
        List<RankingRule.Ranked> ranked = RankingRule.rank(List.of(
                standing("MISSING_BEST_RATE", Punctuality.MISSING, "100.0", 0),
                standing("LATE", Punctuality.LATE, "90.0", 0),
                standing("ON_TIME_LOW_RATE", Punctuality.ON_TIME, "20.0", 0),
                standing("ON_TIME_HIGH_RATE_MORE_OVERDUE", Punctuality.ON_TIME, "80.0", 5),
                standing("ON_TIME_HIGH_RATE", Punctuality.ON_TIME, "80.0", 1)));

        assertThat(order(ranked)).containsExactly("ON_TIME_HIGH_RATE#1", "ON_TIME_HIGH_RATE_MORE_OVERDUE#2",
                "ON_TIME_LOW_RATE#3", "LATE#4", "MISSING_BEST_RATE#5");
    }

    @Test
    void units_equal_on_all_three_share_a_rank_the_next_rank_skips_and_the_tie_keeps_the_units_order() {
        List<RankingRule.Ranked> ranked = RankingRule.rank(List.of(
                standing("FIRST", Punctuality.ON_TIME, "95.0", 0),
                standing("TIED_B", Punctuality.ON_TIME, "50.0", 2),
                standing("TIED_A", Punctuality.ON_TIME, "50.00", 2),
                standing("AFTER_TIE", Punctuality.ON_TIME, "50.0", 3)));

        assertThat(order(ranked)).containsExactly("FIRST#1", "TIED_B#2", "TIED_A#2", "AFTER_TIE#4");
    }

    @Test
    void a_unit_with_nothing_to_rectify_counts_as_fully_cleared_and_ties_with_one_at_one_hundred_percent() {
        List<RankingRule.Ranked> ranked = RankingRule.rank(List.of(
                standing("HALF", Punctuality.ON_TIME, "50.0", 0),
                standing("NOTHING_TO_RECTIFY", Punctuality.ON_TIME, null, 0),
                standing("ALL_CLEARED", Punctuality.ON_TIME, "100.0", 0)));

        assertThat(order(ranked)).containsExactly("NOTHING_TO_RECTIFY#1", "ALL_CLEARED#1", "HALF#3");
    }

    @Test
    void a_month_whose_table_is_not_yet_due_is_not_ranked() {
        assertThatThrownBy(() -> standing("EARLY", Punctuality.NOT_YET_DUE, "10.0", 0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.ranking.not-due-yet"));
    }
}
