package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;

/**
 * A finding to be determined: the enterprise's sector, the day it was discovered, and the clause the finder cites,
 * or null when they cite none.
 */
public record DeterminationRequest(IndustryCode sector, LocalDate discoveredOn, ClauseReference clause) {

    public DeterminationRequest {
        Require.notNull(sector, "sector");
        Require.notNull(discoveredOn, "discoveredOn");
    }
}
