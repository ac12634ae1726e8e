package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The supervising side approved a deadline extension: the current deadline moved. */
public record DeadlineExtended(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate previousDeadline, LocalDate newDeadline,
        int approvedExtensions, Instant occurredAt) implements HazardEvent {
}
