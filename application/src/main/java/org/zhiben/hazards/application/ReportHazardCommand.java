package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;

/**
 * A hazard of an enterprise as a caller reports it.
 *
 * @param clause       the clause of the standard in force the finding matches (MAJOR), or {@code null} (GENERAL)
 * @param levelPending true to keep the hazard REPORTED, its level to be determined later (then no clause)
 */
public record ReportHazardCommand(UUID enterpriseId, String location, String description, LocalDate discoveredOn,
        DiscoveryChannel channel, String sourceReference, ClauseReference clause, boolean levelPending) {
}
