package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** A hazard was found past its rectification deadline (raised once per deadline). */
public record HazardOverdue(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate deadline, long daysOverdue,
        Instant occurredAt) implements HazardEvent {
}
