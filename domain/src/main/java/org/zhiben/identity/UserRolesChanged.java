package org.zhiben.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** A user's roles or affiliation (unit, jurisdiction, enterprise), and so its data scope, were changed. */
public record UserRolesChanged(UUID eventId, UserId userId, Set<Role> roles, UnitCode unit, JurisdictionCode jurisdiction,
                               UUID enterpriseId, Instant occurredAt) implements DomainEvent {

    public UserRolesChanged {
        roles = Set.copyOf(roles);
    }
}
