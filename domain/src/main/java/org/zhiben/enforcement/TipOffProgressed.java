package org.zhiben.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;

/**
 * A tip-off reached a step. Carries no personal data: no reporter, no free text; the reward amount (fen) once
 * decided, the verification result once verified.
 */
public record TipOffProgressed(UUID eventId, TipOffId tipOffId, JurisdictionCode jurisdiction, UUID enterpriseId,
        TipOffStatus status, VerificationResult verification, Long rewardFen, Instant occurredAt)
        implements DomainEvent {
}
