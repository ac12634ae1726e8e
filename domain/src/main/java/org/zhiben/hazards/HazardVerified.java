package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The supervising department accepted the rectification (验收), signed by a member of the given unit. */
public record HazardVerified(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, String verifyingUnit, Instant occurredAt) implements HazardEvent {
}
