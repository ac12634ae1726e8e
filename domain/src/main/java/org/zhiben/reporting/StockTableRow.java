package org.zhiben.reporting;

import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * One line of 附表1: the figures of one jurisdiction in one industry for the month — opening stock and the part of it
 * found on or before the plan's baseline (2023年及以前), new by discovery channel, written off, cancelled, closing
 * stock, of which overdue and listed, and the rectification rate ({@link HazardStockFigures}).
 */
public record StockTableRow(JurisdictionCode jurisdiction, IndustryCode industry, HazardStockFigures figures) {

    public StockTableRow {
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        Require.notNull(figures, "figures");
    }
}
