package org.zhiben.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;

/** A penalty case was opened (立案) from an inspection, a hazard or a tip-off. */
public record PenaltyCaseOpened(UUID eventId, PenaltyCaseId caseId, UUID enterpriseId, JurisdictionCode jurisdiction,
        CaseOrigin.Kind origin, String openingUnit, Instant occurredAt) implements PenaltyCaseEvent {
}
