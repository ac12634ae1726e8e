package org.zhiben.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A report the plan requires (the plan's {@code reportingObligations}), e.g. "2024年3月开始至2026年12月每月底前报送
 * 自治州事故隐患动态存量统计表（详见附表1）".
 *
 * @param due      the day a one-off report is due, or null
 * @param from     the first month of a recurring report, or null
 * @param to       the last month of a recurring report, or null
 * @param dueRule  when a recurring report is due, e.g. {@code LAST_DAY_OF_MONTH}, or null
 * @param form     the form to use, or null
 * @param submitTo the unit the report goes to, or null
 * @param subject  what the report is about when the application produces it, or null
 */
public record ReportingObligation(String code, String text, ReportingCadence cadence, LocalDate due, YearMonth from,
                                  YearMonth to, String dueRule, String form, UnitCode submitTo, String source,
                                  ReportSubject subject) {

    /** The rule of a monthly report due on the last day of each month. */
    public static final String LAST_DAY_OF_MONTH = "LAST_DAY_OF_MONTH";

    public ReportingObligation {
        code = Require.notBlank(code, "reportingObligation.code");
        text = Require.notBlank(text, "reportingObligation.text");
        Require.notNull(cadence, "reportingObligation.cadence");
        dueRule = Checks.optional(dueRule);
        form = Checks.optional(form);
        source = Checks.optional(source);
    }

    /**
     * The day the report for a month is due: for a monthly report due on the last day of the month, that day, when
     * the month lies within the report's months; otherwise none.
     */
    public Optional<LocalDate> dueFor(YearMonth month) {
        if (cadence != ReportingCadence.MONTHLY || !LAST_DAY_OF_MONTH.equals(dueRule)
                || from != null && month.isBefore(from) || to != null && month.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(month.atEndOfMonth());
    }
}
