package org.zhiben.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One line of the monthly ranking (晾晒通报): a reporting unit's rank and the three figures it was ranked by — the
 * punctuality of its 附表1 for the month (with the day it was first submitted), its clearance rate (the month's
 * rectification rate of 附表1; {@code null} when there was nothing to rectify, ranked as 100%) and its overdue major
 * hazards at the month's end. The unit's names are kept as they were when the line was worked out, so a published
 * ranking reads the same later.
 */
public record RankingLine(int rank, UnitCode unit, String unitName, String unitNameEn, Punctuality punctuality,
                          LocalDate firstSubmittedOn, BigDecimal clearanceRate, long overdue) {

    public RankingLine {
        if (rank < 1) {
            throw new IllegalArgumentException("a rank counts from 1: " + rank);
        }
        Require.notNull(unit, "unit");
        Require.notBlank(unitName, "unitName");
        unitNameEn = unitNameEn == null || unitNameEn.isBlank() ? unitName : unitNameEn;
        Require.notNull(punctuality, "punctuality");
        if (overdue < 0) {
            throw new IllegalArgumentException("overdue hazards cannot be negative: " + overdue);
        }
    }
}
