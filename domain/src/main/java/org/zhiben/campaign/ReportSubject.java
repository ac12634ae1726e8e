package org.zhiben.campaign;

/** What a reporting obligation reports, when the application produces it. */
public enum ReportSubject {

    /** The dynamic hazard stock statistics table (Kizilsu: 附表1 自治州事故隐患动态存量统计表). */
    HAZARD_STOCK_TABLE
}
