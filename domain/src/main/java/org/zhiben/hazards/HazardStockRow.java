package org.zhiben.hazards;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/** One line of 附表1: the figures of a jurisdiction in an industry. */
public record HazardStockRow(JurisdictionCode jurisdiction, IndustryCode industry, HazardStockFigures figures) {

    public HazardStockRow {
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        Require.notNull(figures, "figures");
    }
}
