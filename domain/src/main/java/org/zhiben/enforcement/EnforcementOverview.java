package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SortedMap;

/**
 * Enforcement as an overview reads it (declared read-only interface of the enforcement module; the reporting
 * module's dashboard reads it): the enforcement statistics month by month, counted as the statistics pages count
 * them, inside the caller's data scope.
 */
public interface EnforcementOverview {

    /** The figures of every month from {@code from} to {@code to} (both days included), in month order. */
    SortedMap<YearMonth, EnforcementFigures> byMonth(LocalDate from, LocalDate to);
}
