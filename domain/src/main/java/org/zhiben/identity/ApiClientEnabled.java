package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A disabled registered system was enabled again. */
public record ApiClientEnabled(UUID eventId, ClientId clientId, Instant occurredAt) implements DomainEvent {
}
