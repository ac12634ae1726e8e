package org.zhiben.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** A user account was created with these roles and affiliation. Carries no name, password or hash. */
public record UserCreated(UUID eventId, UserId userId, Set<Role> roles, UnitCode unit, JurisdictionCode jurisdiction,
                          UUID enterpriseId, Instant occurredAt) implements DomainEvent {

    public UserCreated {
        roles = Set.copyOf(roles);
    }
}
