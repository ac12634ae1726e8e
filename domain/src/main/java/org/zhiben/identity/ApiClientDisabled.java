package org.zhiben.identity;

import java.time.Instant;
import org.zhiben.shared.DomainEvent;

/** A registered system was disabled: its tokens are no longer issued or accepted. */
public record ApiClientDisabled(ClientId clientId, Instant occurredAt) implements DomainEvent {
}
