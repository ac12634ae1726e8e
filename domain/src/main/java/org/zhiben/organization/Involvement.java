package org.zhiben.organization;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A unit involved in a matter, with its role and how close it is to the matter ("谁靠近谁牵头").
 *
 * @param proximity 1 for the closest unit, larger for farther ones; {@code null} when unknown
 */
public record Involvement(UnitCode unit, InvolvementRole role, Integer proximity) {

    public Involvement {
        Require.notNull(unit, "unit");
        Require.notNull(role, "role");
        if (proximity != null && proximity < 1) {
            throw new InvalidValueException("proximity", "organization.responsibility.proximity.invalid",
                    "proximity must be 1 (closest) or more: " + proximity, proximity);
        }
    }
}
