package org.zhiben.training;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhiben.shared.Require;

/**
 * One calendar period of the drills: a year (1 January–31 December) or a half year (1 January–30 June, 1 July–31
 * December), both days included.
 *
 * @param frequency the frequency whose period this is
 * @param start     its first day
 * @param end       its last day
 */
public record DrillPeriod(DrillFrequency frequency, LocalDate start, LocalDate end) {

    public DrillPeriod {
        Require.notNull(frequency, "frequency");
        Require.notNull(start, "start");
        Require.notNull(end, "end");
    }

    /** The period of {@code frequency} that contains {@code day}. */
    public static DrillPeriod containing(LocalDate day, DrillFrequency frequency) {
        Require.notNull(day, "day");
        Require.notNull(frequency, "frequency");
        int firstMonth = (day.getMonthValue() - 1) / frequency.months() * frequency.months() + 1;
        YearMonth first = YearMonth.of(day.getYear(), firstMonth);
        return new DrillPeriod(frequency, first.atDay(1), first.plusMonths(frequency.months() - 1L).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** A short code: {@code 2025} for a year, {@code 2025-H1} for a half year. */
    public String code() {
        return frequency == DrillFrequency.YEARLY ? String.valueOf(start.getYear())
                : start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
    }

    /** Its Chinese name: {@code 2025年}, {@code 2025年上半年}, {@code 2025年下半年}. */
    public String label() {
        return frequency == DrillFrequency.YEARLY ? start.getYear() + "年"
                : start.getYear() + (start.getMonthValue() == 1 ? "年上半年" : "年下半年");
    }

    /** Its English name: {@code 2025}, {@code H1 2025}. */
    public String labelEn() {
        return frequency == DrillFrequency.YEARLY ? String.valueOf(start.getYear())
                : "H" + (start.getMonthValue() == 1 ? 1 : 2) + " " + start.getYear();
    }
}
