package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;

/** A penalty decision was published (执法公示), in time or not. */
public record PenaltyDecisionPublished(UUID eventId, PenaltyCaseId caseId, UUID enterpriseId,
        JurisdictionCode jurisdiction, LocalDate publishedOn, boolean inTime, Instant occurredAt)
        implements PenaltyCaseEvent {
}
