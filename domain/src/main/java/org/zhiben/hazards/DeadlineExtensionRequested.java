package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The enterprise asked for a later rectification deadline. */
public record DeadlineExtensionRequested(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate currentDeadline, LocalDate requestedDeadline,
        Instant occurredAt) implements HazardEvent {
}
