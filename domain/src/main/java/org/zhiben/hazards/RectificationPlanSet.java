package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The rectification plan with its five items (五落实) was set; rectification started. */
public record RectificationPlanSet(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, LocalDate deadline, long fundsFen,
        Instant occurredAt) implements HazardEvent {
}
