package org.zhiben.hazards;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhiben.shared.Require;

/**
 * One calendar period of the principal's checks: a quarter (1 January–31 March, …) or a month, both days included.
 *
 * @param frequency the frequency whose period this is
 * @param start     its first day
 * @param end       its last day
 */
public record CheckPeriod(CheckFrequency frequency, LocalDate start, LocalDate end) {

    public CheckPeriod {
        Require.notNull(frequency, "frequency");
        Require.notNull(start, "start");
        Require.notNull(end, "end");
    }

    /** The period of {@code frequency} that contains {@code day}. */
    public static CheckPeriod containing(LocalDate day, CheckFrequency frequency) {
        Require.notNull(day, "day");
        Require.notNull(frequency, "frequency");
        int firstMonth = (day.getMonthValue() - 1) / frequency.months() * frequency.months() + 1;
        YearMonth first = YearMonth.of(day.getYear(), firstMonth);
        return new CheckPeriod(frequency, first.atDay(1), first.plusMonths(frequency.months() - 1L).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The period of the same frequency that follows this one. */
    public CheckPeriod next() {
        return containing(end.plusDays(1), frequency);
    }

    /** A short code: {@code 2025-Q1} for a quarter, {@code 2025-02} for a month. */
    public String code() {
        return frequency == CheckFrequency.QUARTERLY
                ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : YearMonth.from(start).toString();
    }

    /** Its Chinese name: {@code 2025年第1季度}, {@code 2025年2月}. */
    public String label() {
        return frequency == CheckFrequency.QUARTERLY
                ? start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度"
                : start.getYear() + "年" + start.getMonthValue() + "月";
    }

    /** Its English name: {@code Q1 2025}, {@code February 2025}. */
    public String labelEn() {
        return frequency == CheckFrequency.QUARTERLY
                ? "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear()
                : start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + start.getYear();
    }
}
