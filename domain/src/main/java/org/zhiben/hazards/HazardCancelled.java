package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** A hazard was cancelled (e.g. a false report) from the given status. */
public record HazardCancelled(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, HazardStatus cancelledFrom,
        Instant occurredAt) implements HazardEvent {
}
