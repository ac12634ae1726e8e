package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A user changed their own password. */
public record PasswordChanged(UUID eventId, UserId userId, Instant occurredAt) implements DomainEvent {
}
