package org.zhiben.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A user's roles together with what they belong to: the unit (for staff of the committee office, of a member unit,
 * of a county or port), the jurisdiction (for county and port officers, and inspectors working for a jurisdiction),
 * or the enterprise (for an enterprise's safety manager). From it {@link DataScopePolicy} derives what the user sees.
 *
 * <p>Consistency:
 * <ul>
 * <li>at least one role; {@link Role#API_CLIENT} is for registered systems ({@link ApiClient}), not for people;</li>
 * <li>an enterprise safety manager belongs to one enterprise and to nothing else, and holds no other role;</li>
 * <li>only an enterprise safety manager names an enterprise;</li>
 * <li>everyone else works for a unit;</li>
 * <li>a county or port officer names its jurisdiction.</li>
 * </ul>
 */
public record RoleAssignment(Set<Role> roles, UnitCode unit, JurisdictionCode jurisdiction, UUID enterpriseId) {

    public RoleAssignment {
        Require.notEmpty(roles, "roles");
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        if (roles.contains(Role.API_CLIENT)) {
            throw new InvalidValueException("roles", "identity.assignment.api-client-not-for-users",
                    "the API client role is for registered systems, not for user accounts");
        }
        if (roles.contains(Role.ENTERPRISE_MANAGER)) {
            if (roles.size() > 1 || unit != null || jurisdiction != null || enterpriseId == null) {
                throw new InvalidValueException("roles", "identity.assignment.enterprise-manager-only-enterprise",
                        "an enterprise safety manager belongs to one enterprise only, with no other role, unit"
                                + " or jurisdiction");
            }
        } else {
            if (enterpriseId != null) {
                throw new InvalidValueException("enterpriseId",
                        "identity.assignment.enterprise-only-for-enterprise-manager",
                        "only an enterprise safety manager belongs to an enterprise");
            }
            if (unit == null) {
                throw new InvalidValueException("unit", "identity.assignment.unit-required",
                        "a user who is not an enterprise safety manager works for a unit");
            }
            if (roles.contains(Role.COUNTY_OFFICER) && jurisdiction == null) {
                throw new InvalidValueException("jurisdiction",
                        "identity.assignment.county-officer-jurisdiction-required",
                        "a county or port officer names its jurisdiction");
            }
        }
    }

    /** The roles of a member of staff of a unit, with no jurisdiction of their own. */
    public static RoleAssignment ofUnit(UnitCode unit, Role... roles) {
        return new RoleAssignment(Set.of(roles), unit, null, null);
    }

    /** The roles of a member of staff of a unit that acts for a jurisdiction. */
    public static RoleAssignment ofJurisdiction(UnitCode unit, JurisdictionCode jurisdiction, Role... roles) {
        return new RoleAssignment(Set.of(roles), unit, jurisdiction, null);
    }

    /** The safety manager of one enterprise. */
    public static RoleAssignment enterpriseManager(UUID enterpriseId) {
        return new RoleAssignment(Set.of(Role.ENTERPRISE_MANAGER), null, null, enterpriseId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
