package org.zhiben.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.campaign.ReportingCadence;
import org.zhiben.campaign.ReportingObligation;
import org.zhiben.shared.Require;

/**
 * The reports each reporting unit owes, from the plan's reporting obligations (section 六(六)):
 * <ul>
 * <li>"2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表（详见附表1）": 附表1 of each month from the
 *     obligation's first to its last month, due on the month's last day;</li>
 * <li>"于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况报送": the progress of each quarter of the campaign,
 *     due on the 20th of the quarter's last month;</li>
 * <li>"于每年12月15日前将当年安全生产治本攻坚工作总结报送": the summary of each year of the campaign, due on 15
 *     December;</li>
 * <li>"于2024年3月18日前将安全生产治本攻坚三年行动实施方案报送": the sub-plan, due on the obligation's day.</li>
 * </ul>
 * A recurring report without months of its own covers the campaign's years (its first to its last day). Obligations
 * the application does not collect as submissions (附表2, entered as policies are issued) are not in the calendar.
 */
public final class ReportingCalendar {

    /** "于每季度最后一个月的20日". */
    public static final String DAY_20_OF_LAST_MONTH_OF_QUARTER = "DAY_20_OF_LAST_MONTH_OF_QUARTER";
    /** "于每年12月15日前". */
    public static final String DECEMBER_15 = "DECEMBER_15";

    private final List<ReportingPeriod> periods;

    /**
     * @param obligations   the plan's reporting obligations
     * @param campaignStart the first day of the campaign
     * @param campaignEnd   the last day of the campaign
     */
    public ReportingCalendar(List<ReportingObligation> obligations, LocalDate campaignStart, LocalDate campaignEnd) {
        Require.notNull(obligations, "obligations");
        Require.notNull(campaignStart, "campaignStart");
        Require.notNull(campaignEnd, "campaignEnd");
        List<ReportingPeriod> all = new ArrayList<>();
        for (ReportingObligation obligation : obligations) {
            ReportKind.ofObligation(obligation.code())
                    .ifPresent(kind -> all.addAll(periods(kind, obligation, campaignStart, campaignEnd)));
        }
        all.sort(Comparator.naturalOrder());
        this.periods = List.copyOf(all);
    }

    private static List<ReportingPeriod> periods(ReportKind kind, ReportingObligation obligation, LocalDate start,
            LocalDate end) {
        YearMonth first = obligation.from() != null ? obligation.from() : YearMonth.from(start);
        YearMonth last = obligation.to() != null ? obligation.to() : YearMonth.from(end);
        List<ReportingPeriod> periods = new ArrayList<>();
        if (obligation.cadence() == ReportingCadence.ONCE && obligation.due() != null) {
            periods.add(new ReportingPeriod(kind, obligation.due().toString(), obligation.due()));
        } else if (obligation.cadence() == ReportingCadence.MONTHLY) {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                obligation.dueFor(month).ifPresent(due -> periods.add(new ReportingPeriod(kind,
                        ReportingPeriod.month(YearMonth.from(due)), due)));
            }
        } else if (obligation.cadence() == ReportingCadence.QUARTERLY
                && DAY_20_OF_LAST_MONTH_OF_QUARTER.equals(obligation.dueRule())) {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (month.getMonthValue() % 3 == 0) {
                    periods.add(new ReportingPeriod(kind,
                            ReportingPeriod.quarter(month.getYear(), month.getMonthValue() / 3), month.atDay(20)));
                }
            }
        } else if (obligation.cadence() == ReportingCadence.YEARLY && DECEMBER_15.equals(obligation.dueRule())) {
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                if (!YearMonth.of(year, 12).isAfter(last)) {
                    periods.add(new ReportingPeriod(kind, String.valueOf(year), LocalDate.of(year, 12, 15)));
                }
            }
        }
        return periods;
    }

    /** Every report due, the earliest first. */
    public List<ReportingPeriod> periods() {
        return periods;
    }

    /** The reports of one kind, the earliest first. */
    public List<ReportingPeriod> periods(ReportKind kind) {
        return periods.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The report of this kind for this period, if the plan requires one. */
    public Optional<ReportingPeriod> find(ReportKind kind, String period) {
        return periods.stream().filter(p -> p.kind() == kind && p.period().equals(period)).findFirst();
    }

    /** The reports whose due day has passed on this day (late from the day after their due day). */
    public List<ReportingPeriod> pastDue(LocalDate today) {
        return periods.stream().filter(p -> p.lateOn(today)).toList();
    }

    /** The reports due from this day to the given last day, both included. */
    public List<ReportingPeriod> dueBetween(LocalDate from, LocalDate to) {
        return periods.stream().filter(p -> !p.due().isBefore(from) && !p.due().isAfter(to)).toList();
    }
}
