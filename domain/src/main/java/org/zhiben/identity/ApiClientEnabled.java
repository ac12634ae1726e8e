package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A disabled registered system was enabled again. */
public record ApiClientEnabled(ClientId clientId, Instant occurredAt) implements DomainEvent {
}
