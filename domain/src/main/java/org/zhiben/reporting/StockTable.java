package org.zhiben.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.shared.Require;

/**
 * 附表1 自治州事故隐患动态存量统计表 of one month: "2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表". One row per
 * jurisdiction × industry that has a figure in the month (sorted by jurisdiction, then industry), and the total.
 * Major hazards only; the month's days are taken in Asia/Shanghai (a hazard written off at 23:59 on the month's last
 * day is written off in that month).
 *
 * @param unit                 the reporting unit whose table this is; {@code null} for the table of the whole
 *                             prefecture (or of a data scope)
 * @param stockFoundOnOrBefore the plan's baseline: the opening stock discovered on or before this day is counted
 *                             apart (Kizilsu: 2023-12-31, "2023年及以前")
 */
public record StockTable(YearMonth month, ReportingUnit unit, LocalDate stockFoundOnOrBefore, List<StockTableRow> rows,
        HazardStockFigures total) {

    public StockTable {
        Require.notNull(month, "month");
        Require.notNull(stockFoundOnOrBefore, "stockFoundOnOrBefore");
        rows = List.copyOf(Require.notNull(rows, "rows"));
        Require.notNull(total, "total");
    }

    /** The table of the whole prefecture (or of a data scope) rather than of one unit. */
    public boolean isPrefecture() {
        return unit == null;
    }
}
