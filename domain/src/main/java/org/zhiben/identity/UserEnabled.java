package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A disabled user account was enabled again. */
public record UserEnabled(UserId userId, Instant occurredAt) implements DomainEvent {
}
