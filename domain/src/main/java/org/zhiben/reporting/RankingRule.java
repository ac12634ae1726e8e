package org.zhiben.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * The rule of the monthly ranking (晾晒通报, "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制"): the reporting units
 * of a month ranked
 * <ol>
 *   <li>by the punctuality of their 附表1 for the month — submitted on time, then late, then missing;</li>
 *   <li>then by their clearance rate (the month's rectification rate of 附表1), highest first; a unit with nothing to
 *       rectify in the month counts as fully cleared (100%);</li>
 *   <li>then by their overdue major hazards at the month's end, fewest first.</li>
 * </ol>
 * Units equal on all three share a rank, and the next rank skips as many places (1, 2, 2, 4); within a tie the units
 * keep the order of the reporting units.
 */
public final class RankingRule {

    private static final BigDecimal FULLY_CLEARED = new BigDecimal("100.0");

    private RankingRule() {
    }

    /** One unit's figures for the month, in the order of the reporting units. */
    public record Standing(UnitCode unit, Punctuality punctuality, BigDecimal clearanceRate, long overdue) {

        public Standing {
            Require.notNull(unit, "unit");
            Require.notNull(punctuality, "punctuality");
            if (punctuality == Punctuality.NOT_YET_DUE) {
                throw new RuleViolationException("reporting.ranking.not-due-yet",
                        "a month is ranked once its 附表1 is due", unit);
            }
        }

        /** The clearance rate the ranking compares: 100% when there was nothing to rectify. */
        public BigDecimal comparedRate() {
            return clearanceRate == null ? FULLY_CLEARED : clearanceRate;
        }
    }

    /** A ranked line: the unit's standing and its rank (from 1). */
    public record Ranked(Standing standing, int rank) {
    }

    private static final Comparator<Standing> ORDER = Comparator
            .comparingInt((Standing s) -> s.punctuality().ordinal())
            .thenComparing(Standing::comparedRate, Comparator.reverseOrder())
            .thenComparingLong(Standing::overdue);

    /** The units ranked by the rule, ties sharing a rank. */
    public static List<Ranked> rank(List<Standing> standings) {
        List<Standing> sorted = new ArrayList<>(Require.notNull(standings, "standings"));
        sorted.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i > 0 && ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(sorted.get(i), rank));
        }
        return List.copyOf(ranked);
    }
}
