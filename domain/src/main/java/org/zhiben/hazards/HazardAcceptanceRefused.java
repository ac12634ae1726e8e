package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The supervising department refused to accept the rectification; the hazard is back to rectifying. */
public record HazardAcceptanceRefused(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, int refusals, Instant occurredAt) implements HazardEvent {
}
