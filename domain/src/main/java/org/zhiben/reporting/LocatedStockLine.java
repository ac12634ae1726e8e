package org.zhiben.reporting;

import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/** A hazard's {@link HazardStockLine} with where it counts: its jurisdiction, industry and enterprise. */
public record LocatedStockLine(UUID hazardId, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
        HazardStockLine line) {

    public LocatedStockLine {
        Require.notNull(hazardId, "hazardId");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        Require.notNull(line, "line");
    }
}
