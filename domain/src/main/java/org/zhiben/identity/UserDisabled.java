package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A user account was disabled: it can no longer log in. */
public record UserDisabled(UUID eventId, UserId userId, Instant occurredAt) implements DomainEvent {
}
