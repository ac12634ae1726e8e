package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A registered system was given a new secret; the old one no longer works. */
public record ApiClientSecretRotated(UUID eventId, ClientId clientId, Instant occurredAt) implements DomainEvent {
}
