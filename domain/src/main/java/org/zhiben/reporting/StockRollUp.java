package org.zhiben.reporting;

import java.time.YearMonth;
import java.util.List;
import org.zhiben.shared.Require;

/**
 * The prefecture roll-up of one month: the prefecture's 附表1 and every reporting unit's 附表1, in the order of
 * {@link ReportingUnits#findAll()}. A hazard counts once in the prefecture's table, once in its county's (city's,
 * port's) and once in each member unit that answers for its industry.
 */
public record StockRollUp(YearMonth month, StockTable prefecture, List<StockTable> units) {

    public StockRollUp {
        Require.notNull(month, "month");
        Require.notNull(prefecture, "prefecture");
        units = List.copyOf(Require.notNull(units, "units"));
    }
}
