package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A listing on the serious-dishonesty list changed; enterprise badges follow it. No personal names. */
public record DishonestyListingChanged(UUID eventId, DishonestyListingId listingId, UUID enterpriseId,
        DishonestyStatus status, LocalDate listedUntil, Instant occurredAt) implements DomainEvent {
}
