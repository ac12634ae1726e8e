package org.zhiben.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.Permission;

/** Another bureau's system was registered with these scopes and this data scope. Carries no secret. */
public record ApiClientRegistered(UUID eventId, ClientId clientId, Set<Permission> scopes, DataScope dataScope, Instant occurredAt)
        implements DomainEvent {

    public ApiClientRegistered {
        scopes = Set.copyOf(scopes);
    }
}
