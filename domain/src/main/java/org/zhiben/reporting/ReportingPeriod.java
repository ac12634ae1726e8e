package org.zhiben.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One report due: its kind, the period it covers and the day it is due. The period reads {@code 2024-03} for a month,
 * {@code 2024-Q1} for a quarter, {@code 2024} for a year and {@code 2024-03-18} for a one-off report (its due day).
 */
public record ReportingPeriod(ReportKind kind, String period, LocalDate due) implements Comparable<ReportingPeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public ReportingPeriod {
        Require.notNull(kind, "kind");
        Require.notBlank(period, "period");
        Require.notNull(due, "due");
        checkPeriod(kind, period);
    }

    /** The month's report, e.g. 2024-03. */
    public static String month(YearMonth month) {
        return month.toString();
    }

    /** The quarter's report, e.g. 2024-Q1. */
    public static String quarter(int year, int quarter) {
        return year + "-Q" + quarter;
    }

    /**
     * Refuses a period that is not written as the kind's periods are (a month {@code 2024-03}, a quarter
     * {@code 2024-Q1}, a year {@code 2024}, a day {@code 2024-03-18}).
     */
    public static String checkPeriod(ReportKind kind, String period) {
        Require.notNull(kind, "kind");
        boolean matches = period != null && switch (kind) {
            case STOCK_TABLE -> {
                Matcher m = MONTH.matcher(period);
                yield m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12;
            }
            case QUARTERLY_PROGRESS -> QUARTER.matcher(period).matches();
            case YEARLY_SUMMARY -> YEAR.matcher(period).matches();
            case SUB_PLAN -> DAY.matcher(period).matches();
        };
        if (!matches) {
            throw new InvalidValueException("period", "reporting.period.invalid",
                    "the period of a " + kind + " report is written like "
                            + switch (kind) {
                                case STOCK_TABLE -> "2024-03";
                                case QUARTERLY_PROGRESS -> "2024-Q1";
                                case YEARLY_SUMMARY -> "2024";
                                case SUB_PLAN -> "2024-03-18";
                            }, period);
        }
        return period;
    }

    /** The year the period lies in. */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The month of a monthly report. */
    public YearMonth yearMonth() {
        if (kind != ReportKind.STOCK_TABLE) {
            throw new IllegalStateException("only a monthly report covers a month");
        }
        return YearMonth.parse(period);
    }

    /** The quarter (1..4) of a quarterly report, else 0. */
    public int quarter() {
        return kind == ReportKind.QUARTERLY_PROGRESS ? period.charAt(6) - '0' : 0;
    }

    /** Whether the report is late when it is first submitted on this day (any day after the due day). */
    public boolean lateOn(LocalDate day) {
        return day.isAfter(due);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byDue = due.compareTo(other.due);
        return byDue != 0 ? byDue : kind.compareTo(other.kind);
    }
}
