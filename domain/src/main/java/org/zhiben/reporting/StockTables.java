package org.zhiben.reporting;

import java.time.YearMonth;
import java.util.List;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 read from reporting's monthly stock read model (fed by the hazards' events, rebuildable from their history).
 * A data scope filters by its jurisdictions and industries (a hazard inside either counts); the read model keeps no
 * enterprise, so a scope made only of enterprises sees nothing.
 */
public interface StockTables {

    /**
     * One reporting unit's 附表1 for a month: the hazards that belong to the unit by the rule of
     * {@link ReportingUnit}.
     *
     * @throws org.zhiben.shared.NotFoundException when no reporting unit has this code
     */
    StockTable ofUnit(UnitCode unit, YearMonth month);

    /** The 附表1 of a month counting the hazards inside {@code scope}; {@link StockTable#unit()} is {@code null}. */
    StockTable ofScope(DataScope scope, YearMonth month);

    /** The prefecture's 附表1 of a month with the table of every reporting unit. */
    StockRollUp rollUp(YearMonth month);

    /** The totals of 附表1 inside {@code scope} for each month from {@code from} to {@code to}, both included. */
    List<StockTrendPoint> trend(DataScope scope, YearMonth from, YearMonth to);
}
