package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A user changed their own password. */
public record PasswordChanged(UserId userId, Instant occurredAt) implements DomainEvent {
}
