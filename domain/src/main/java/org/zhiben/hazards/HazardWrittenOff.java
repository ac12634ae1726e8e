package org.zhiben.hazards;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The supervising department wrote the hazard off (销号): the loop is closed. */
public record HazardWrittenOff(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, String writingOffUnit, Instant occurredAt) implements HazardEvent {
}
