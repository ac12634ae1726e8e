package org.zhiben.reporting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.shared.UnitCode;

/**
 * How reporting names things for people, in the reader's language: a unit by its name, a report by its kind and
 * period (2024年3月 附表1, 2024年第一季度 工作进展), a status or punctuality by its text. Pages use it as
 * {@code @reportingLabels}.
 */
@Component("reportingLabels")
public class ReportingLabels {

    private final MessageSource messages;
    private final MemberUnits units;

    ReportingLabels(MessageSource messages, MemberUnits units) {
        this.messages = messages;
        this.units = units;
    }

    public String unit(UnitCode unit) {
        return unit == null ? "" : units.findByCode(unit)
                .map(u -> UiFormats.english() ? u.nameEn() : u.name()).orElse(unit.value());
    }

    public String unit(String unit) {
        return unit == null ? "" : unit(UnitCode.of(unit));
    }

    public String kind(ReportKind kind) {
        return text("reporting.kind." + kind.name());
    }

    /** The period a report covers: 2024年3月, 2024年第一季度, 2024年度, or the day of a one-off report. */
    public String period(ReportingPeriod period) {
        return switch (period.kind()) {
            case STOCK_TABLE -> text("reporting.period.month", s(period.year()),
                    s(period.yearMonth().getMonthValue()));
            case QUARTERLY_PROGRESS -> text("reporting.period.quarter", s(period.year()),
                    text("reporting.quarter." + period.quarter()));
            case YEARLY_SUMMARY -> text("reporting.period.year", s(period.year()));
            case SUB_PLAN -> text("reporting.period.once", s(period.due().getYear()),
                    s(period.due().getMonthValue()), s(period.due().getDayOfMonth()));
        };
    }

    /** The report: its period and kind, e.g. 2024年3月 事故隐患动态存量统计表（附表1）. */
    public String report(ReportingPeriod period) {
        return period(period) + " " + kind(period.kind());
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The unit's short name where it has one. */
    public String shortUnit(UnitCode unit) {
        return units.findByCode(unit).map(u -> UiFormats.english() ? u.nameEn() : u.shortName())
                .orElse(unit.value());
    }

    private static String s(int number) {
        return String.valueOf(number);
    }
}
