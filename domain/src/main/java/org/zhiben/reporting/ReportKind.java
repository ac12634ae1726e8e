package org.zhiben.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reports a reporting unit submits to the committee office (section 六(六) of the plan), each after one of the plan's
 * {@code reportingObligations}.
 */
public enum ReportKind {

    /** "每月底前报送自治州事故隐患动态存量统计表（详见附表1）". */
    STOCK_TABLE("MONTHLY_HAZARD_STOCK"),
    /** "于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况报送". */
    QUARTERLY_PROGRESS("QUARTERLY_PROGRESS"),
    /** "于每年12月15日前将当年安全生产治本攻坚工作总结报送". */
    YEARLY_SUMMARY("YEARLY_SUMMARY"),
    /** "于2024年3月18日前将安全生产治本攻坚三年行动实施方案报送" (the units' sub-plans). */
    SUB_PLAN("PLANS_DUE");

    private final String obligationCode;

    ReportKind(String obligationCode) {
        this.obligationCode = obligationCode;
    }

    /** The code of the plan's reporting obligation this kind of report answers. */
    public String obligationCode() {
        return obligationCode;
    }

    /** Whether the report is generated from the figures, never typed in (附表1). */
    public boolean generated() {
        return this == STOCK_TABLE;
    }

    /** The kind answering the obligation with this code, if any. */
    public static Optional<ReportKind> ofObligation(String code) {
        return Arrays.stream(values()).filter(kind -> kind.obligationCode.equals(code)).findFirst();
    }
}
