package org.zhiben.organization;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/** The lead unit (牵头单位) of a matter and the leadership principle (谁…谁牵头) that decided it. */
public record DecidedLead(UnitCode unit, Principle principle) {

    public DecidedLead {
        Require.notNull(unit, "unit");
        Require.notNull(principle, "principle");
        if (!principle.decidesLead()) {
            throw new InvalidValueException("principle", "organization.responsibility.lead.principle.invalid",
                    "only a leadership principle decides a lead: " + principle, principle);
        }
    }
}
