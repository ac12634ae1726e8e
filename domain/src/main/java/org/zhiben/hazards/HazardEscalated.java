package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * A step of the escalation ladder (函告/通报/约谈/曝光) was taken against an overdue hazard, on {@code on}, when the
 * rectification deadline {@code deadline} was {@code daysOverdue} days past.
 */
public record HazardEscalated(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, HazardLevel level, EscalationStep step, UnitCode actingUnit, LocalDate on,
        LocalDate deadline, long daysOverdue, Instant occurredAt) implements HazardEvent {
}
