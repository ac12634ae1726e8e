package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The supervising side rejected a deadline extension: the deadline stays. */
public record DeadlineExtensionRejected(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate requestedDeadline,
        Instant occurredAt) implements HazardEvent {
}
