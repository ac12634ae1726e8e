package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;

/** An inspection was closed with its signatures: its method and how many findings it recorded. */
public record InspectionClosed(UUID eventId, InspectionId inspectionId, UUID enterpriseId,
        JurisdictionCode jurisdiction, String inspectingUnit, InspectionMethod method, LocalDate inspectedOn,
        int findings, Instant occurredAt) implements InspectionEvent {
}
