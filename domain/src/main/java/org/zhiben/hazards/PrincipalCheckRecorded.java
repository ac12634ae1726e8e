package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** A check led by the enterprise's principal was recorded (the day it was made, not the day it was recorded). */
public record PrincipalCheckRecorded(UUID eventId, PrincipalCheckId checkId, UUID enterpriseId,
        JurisdictionCode jurisdiction, IndustryCode industry, LocalDate checkedOn, Instant occurredAt)
        implements DomainEvent {
}
