package org.zhiben.reporting;

import java.time.YearMonth;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.shared.Require;

/** The total of 附表1 for one month of a trend. */
public record StockTrendPoint(YearMonth month, HazardStockFigures figures) {

    public StockTrendPoint {
        Require.notNull(month, "month");
        Require.notNull(figures, "figures");
    }
}
