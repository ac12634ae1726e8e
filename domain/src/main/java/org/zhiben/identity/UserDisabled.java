package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A user account was disabled: it can no longer log in. */
public record UserDisabled(UserId userId, Instant occurredAt) implements DomainEvent {
}
