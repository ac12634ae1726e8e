package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The listing of a major hazard was removed (摘牌). */
public record HazardListingRemoved(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate removedOn, Instant occurredAt) implements HazardEvent {
}
