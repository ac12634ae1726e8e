package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A registered system was given a new secret; the old one no longer works. */
public record ApiClientSecretRotated(ClientId clientId, Instant occurredAt) implements DomainEvent {
}
