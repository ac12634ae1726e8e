package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A user's password was reset to a one-time password that must be changed at the next login. */
public record PasswordReset(UUID eventId, UserId userId, Instant occurredAt) implements DomainEvent {
}
