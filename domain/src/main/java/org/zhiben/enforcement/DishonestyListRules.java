package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;

/**
 * The periods of the serious-dishonesty list: the objection period after the notice (days), the management period
 * (3 years from the decision) and the time after which early removal may be applied for (12 months).
 */
public record DishonestyListRules(int objectionDays, int managementYears, int earlyRemovalAfterMonths) {

    /** The shipped rules: 3-year management period, early removal after 12 months, 5 days for objections. */
    public static final DishonestyListRules SHIPPED = new DishonestyListRules(5, 3, 12);

    public DishonestyListRules {
        if (objectionDays < 1 || managementYears < 1 || earlyRemovalAfterMonths < 1
                || earlyRemovalAfterMonths >= managementYears * 12) {
            throw new InvalidValueException("rules", "enforcement.dishonesty.rules-invalid",
                    "the periods must be positive and early removal must come before the period ends");
        }
    }
}
