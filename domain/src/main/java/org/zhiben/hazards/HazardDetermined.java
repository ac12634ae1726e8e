package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The level of a hazard was determined; a major hazard names the clause it matches. */
public record HazardDetermined(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, ClauseReference clause, Instant occurredAt) implements HazardEvent {
}
