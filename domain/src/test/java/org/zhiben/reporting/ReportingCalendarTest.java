package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.ReportSubject;
import org.zhiben.campaign.ReportingCadence;
import org.zhiben.campaign.ReportingObligation;
import org.zhiben.shared.UnitCode;

/** The reporting calendar from the plan's reporting obligations (section 六(六)), with its boundaries. */
class ReportingCalendarTest {

    static final UnitCode ACO = UnitCode.of("ACO");

    /** The obligations as the Kizilsu plan writes them. */
    static List<ReportingObligation> kizilsu() {
        return List.of(
                new ReportingObligation("PLANS_DUE",
                        "各县（市）人民政府、各相关行业部门于2024年3月18日前将安全生产治本攻坚三年行动实施方案报送自治州安委会办公室",
                        ReportingCadence.ONCE, LocalDate.of(2024, 3, 18), null, null, null, null, ACO, "六(六)", null),
                new ReportingObligation("MONTHLY_HAZARD_STOCK",
                        "2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表（详见附表1）",
                        ReportingCadence.MONTHLY, null, YearMonth.of(2024, 3), YearMonth.of(2026, 12),
                        "LAST_DAY_OF_MONTH", "附表1 自治州事故隐患动态存量统计表", ACO, "六(六)",
                        ReportSubject.HAZARD_STOCK_TABLE),
                new ReportingObligation("QUARTERLY_PROGRESS",
                        "于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况报送自治州安委会办公室",
                        ReportingCadence.QUARTERLY, null, null, null, "DAY_20_OF_LAST_MONTH_OF_QUARTER", null, ACO,
                        "六(六)", null),
                new ReportingObligation("YEARLY_SUMMARY", "于每年12月15日前将当年安全生产治本攻坚工作总结报送自治州安委会办公室",
                        ReportingCadence.YEARLY, null, null, null, "DECEMBER_15", null, ACO, "六(六)", null),
                new ReportingObligation("POLICY_STATISTICS",
                        "各级、各部门出台的相关安全生产制度类文件，印发后同时抄送自治州安委会办公室，详见附表2",
                        ReportingCadence.ON_ISSUE, null, null, null, "ON_ISSUE", "附表2", ACO, "三(四); 附件2", null));
    }

    static final ReportingCalendar CALENDAR = new ReportingCalendar(kizilsu(), LocalDate.of(2024, 1, 1),
            LocalDate.of(2026, 12, 31));

    @Test
    void monthly_stock_tables_from_march_2024_to_december_2026_are_due_at_each_months_end() {
        // "2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表（详见附表1）"
        List<ReportingPeriod> months = CALENDAR.periods(ReportKind.STOCK_TABLE);

        assertThat(months).hasSize(34);
        assertThat(months.get(0)).isEqualTo(new ReportingPeriod(ReportKind.STOCK_TABLE, "2024-03",
                LocalDate.of(2024, 3, 31)));
        assertThat(months.get(33)).isEqualTo(new ReportingPeriod(ReportKind.STOCK_TABLE, "2026-12",
                LocalDate.of(2026, 12, 31)));
        assertThat(CALENDAR.find(ReportKind.STOCK_TABLE, "2024-02")).isEmpty();
        assertThat(CALENDAR.find(ReportKind.STOCK_TABLE, "2027-01")).isEmpty();
    }

    @Test
    void february_is_due_on_its_last_day_the_29th_in_a_leap_year_and_the_28th_otherwise() {
        // "每月底前": the month's end, 29 February in 2024, 28 February in 2025 and 2026
        ReportingObligation fromFebruary2024 = new ReportingObligation("MONTHLY_HAZARD_STOCK", "每月底前报送（详见附表1）",
                ReportingCadence.MONTHLY, null, YearMonth.of(2024, 2), YearMonth.of(2025, 2), "LAST_DAY_OF_MONTH",
                null, ACO, null, null);
        ReportingCalendar leap = new ReportingCalendar(List.of(fromFebruary2024), LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31));

        assertThat(leap.find(ReportKind.STOCK_TABLE, "2024-02")).map(ReportingPeriod::due)
                .contains(LocalDate.of(2024, 2, 29));
        assertThat(CALENDAR.find(ReportKind.STOCK_TABLE, "2025-02")).map(ReportingPeriod::due)
                .contains(LocalDate.of(2025, 2, 28));
        ReportingPeriod february2024 = leap.find(ReportKind.STOCK_TABLE, "2024-02").orElseThrow();
        assertThat(february2024.lateOn(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(february2024.lateOn(LocalDate.of(2024, 3, 1))).isTrue();
    }

    @Test
    void december_is_due_on_new_years_eve_and_late_from_the_first_of_january() {
        ReportingPeriod december = CALENDAR.find(ReportKind.STOCK_TABLE, "2024-12").orElseThrow();

        assertThat(december.due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(CALENDAR.pastDue(LocalDate.of(2024, 12, 31))).doesNotContain(december);
        assertThat(CALENDAR.pastDue(LocalDate.of(2025, 1, 1))).contains(december);
        assertThat(CALENDAR.find(ReportKind.STOCK_TABLE, "2025-01")).map(ReportingPeriod::due)
                .contains(LocalDate.of(2025, 1, 31));
    }

    @Test
    void quarterly_progress_is_due_on_the_20th_of_each_quarters_last_month() {
        // "于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况报送自治州安委会办公室"
        List<ReportingPeriod> quarters = CALENDAR.periods(ReportKind.QUARTERLY_PROGRESS);

        assertThat(quarters).hasSize(12);
        assertThat(quarters).extracting(ReportingPeriod::due).contains(LocalDate.of(2024, 3, 20),
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 20), LocalDate.of(2024, 12, 20),
                LocalDate.of(2026, 12, 20));
        ReportingPeriod q1 = CALENDAR.find(ReportKind.QUARTERLY_PROGRESS, "2025-Q1").orElseThrow();
        assertThat(q1.due()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(q1.quarter()).isEqualTo(1);
        assertThat(q1.lateOn(LocalDate.of(2025, 3, 20))).isFalse();
        assertThat(q1.lateOn(LocalDate.of(2025, 3, 21))).isTrue();
        assertThat(CALENDAR.dueBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 27))).isEmpty();
    }

    @Test
    void the_yearly_summary_is_due_on_15_december_of_each_campaign_year() {
        // "于每年12月15日前将当年安全生产治本攻坚工作总结报送自治州安委会办公室"
        assertThat(CALENDAR.periods(ReportKind.YEARLY_SUMMARY)).containsExactly(
                new ReportingPeriod(ReportKind.YEARLY_SUMMARY, "2024", LocalDate.of(2024, 12, 15)),
                new ReportingPeriod(ReportKind.YEARLY_SUMMARY, "2025", LocalDate.of(2025, 12, 15)),
                new ReportingPeriod(ReportKind.YEARLY_SUMMARY, "2026", LocalDate.of(2026, 12, 15)));
    }

    @Test
    void the_sub_plans_are_due_once_by_18_march_2024_and_the_policy_statistics_are_not_in_the_calendar() {
        // "于2024年3月18日前将安全生产治本攻坚三年行动实施方案报送自治州安委会办公室"
        assertThat(CALENDAR.periods(ReportKind.SUB_PLAN)).containsExactly(
                new ReportingPeriod(ReportKind.SUB_PLAN, "2024-03-18", LocalDate.of(2024, 3, 18)));
        assertThat(CALENDAR.periods()).hasSize(34 + 12 + 3 + 1);
        assertThat(CALENDAR.dueBetween(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 31)))
                .extracting(ReportingPeriod::kind)
                .containsExactly(ReportKind.SUB_PLAN, ReportKind.QUARTERLY_PROGRESS, ReportKind.STOCK_TABLE);
    }
}
