package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The enterprise reported the hazard rectified and submitted its evidence. */
public record HazardRectified(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, Instant occurredAt) implements HazardEvent {
}
