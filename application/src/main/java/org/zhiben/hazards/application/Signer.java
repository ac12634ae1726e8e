package org.zhiben.hazards.application;

import org.zhiben.identity.Role;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * Who signs a supervising-side decision (谁检查、谁签名、谁负责): a signed-in user signs for their own unit, and naming
 * another unit is refused; an API client, which has no unit, names the unit it acts for.
 */
public final class Signer {

    private Signer() {
    }

    /**
     * The actor to record for a decision by {@code caller}, acting for {@code actingUnit} (null: their own unit).
     *
     * @throws InvalidValueException ({@code actingUnit}, {@code hazard.acting-unit.not-own}) when a user with a unit
     *                               names another one
     */
    public static Actor of(Actor caller, UnitCode actingUnit) {
        if (actingUnit == null || actingUnit.value().equals(caller.unitCode())) {
            return caller;
        }
        if (caller.unitCode() == null && Role.API_CLIENT.name().equals(caller.role())) {
            return new Actor(caller.username(), caller.role(), actingUnit.value());
        }
        throw new InvalidValueException("actingUnit", "hazard.acting-unit.not-own",
                "a signed-in user signs for their own unit only", actingUnit.value());
    }
}
