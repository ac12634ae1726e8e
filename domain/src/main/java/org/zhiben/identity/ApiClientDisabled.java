package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A registered system was disabled: its tokens are no longer issued or accepted. */
public record ApiClientDisabled(UUID eventId, ClientId clientId, Instant occurredAt) implements DomainEvent {
}
