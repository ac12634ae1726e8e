package org.zhiben.organization;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A unit of the campaign: a member unit of the prefecture safety committee (州安委会成员单位), the committee office, or a
 * port administration acting as a unit.
 *
 * @param shortName         the usual short name (e.g. 住建局); the full name when none is given
 * @param leadingGroupRoles the parts the unit plays in the campaign leading group; empty when none
 * @param hostedBy          the unit that hosts this one (the committee office is hosted by the emergency management
 *                          bureau); {@code null} when none
 * @param jurisdiction      the jurisdiction the unit administers (for port administrations); {@code null} otherwise
 */
public record MemberUnit(UnitCode code, String name, String shortName, String nameEn, UnitKind kind,
                         boolean memberOfCommittee, Set<LeadingGroupRole> leadingGroupRoles, UnitCode hostedBy,
                         JurisdictionCode jurisdiction) {

    public MemberUnit {
        Require.notNull(code, "code");
        name = Require.maxLength(Require.notBlank(name, "name"), 100, "name");
        shortName = shortName == null || shortName.isBlank()
                ? name : Require.maxLength(shortName.strip(), 50, "shortName");
        nameEn = Require.maxLength(Require.notBlank(nameEn, "nameEn"), 150, "nameEn");
        Require.notNull(kind, "kind");
        leadingGroupRoles = leadingGroupRoles == null || leadingGroupRoles.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(leadingGroupRoles));
        if (code.equals(hostedBy)) {
            throw new InvalidValueException("hostedBy", "organization.unit.hosted-by.self",
                    "a unit cannot host itself: " + code, code);
        }
    }
}
