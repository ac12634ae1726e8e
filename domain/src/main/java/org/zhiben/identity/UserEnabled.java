package org.zhiben.identity;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;

/** A disabled user account was enabled again. */
public record UserEnabled(UUID eventId, UserId userId, Instant occurredAt) implements DomainEvent {
}
