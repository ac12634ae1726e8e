package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;

/** A penalty decision was made: the total fine in fen, whether it is a dual penalty, and when it must be published. */
public record PenaltyCaseDecided(UUID eventId, PenaltyCaseId caseId, UUID enterpriseId, JurisdictionCode jurisdiction,
        String decidingUnit, LocalDate decidedOn, long totalFineFen, boolean dualPenalty, boolean major,
        LocalDate publicationDueOn, Instant occurredAt) implements PenaltyCaseEvent {
}
