package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;

/** A penalty case was transferred to the judiciary (行刑衔接). */
public record PenaltyCaseTransferred(UUID eventId, PenaltyCaseId caseId, UUID enterpriseId,
        JurisdictionCode jurisdiction, LocalDate transferredOn, Instant occurredAt) implements PenaltyCaseEvent {
}
