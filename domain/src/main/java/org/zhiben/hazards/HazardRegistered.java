package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** A hazard was registered in the major-hazard database (level not yet known unless determined at once). */
public record HazardRegistered(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, DiscoveryChannel channel, LocalDate discoveredOn,
        Instant occurredAt) implements HazardEvent {
}
