package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Which compliance to compute: the period (both days included, at most {@value #MAX_YEARS} years), and optionally one
 * jurisdiction and/or one industry; always within the caller's data scope.
 */
public record PrincipalCheckQuery(LocalDate from, LocalDate to, JurisdictionCode jurisdiction, IndustryCode industry) {

    public static final int MAX_YEARS = 5;

    public PrincipalCheckQuery {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "hazard.principal-check.period-reversed",
                    "the end of the period lies before its start", from, to);
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new InvalidValueException("to", "hazard.principal-check.period-too-long",
                    "the period is at most " + MAX_YEARS + " years", MAX_YEARS);
        }
    }
}
