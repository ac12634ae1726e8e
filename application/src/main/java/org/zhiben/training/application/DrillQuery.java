package org.zhiben.training.application;

import java.time.LocalDate;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Which drill compliance to compute: the period (both days included, at most {@value #MAX_YEARS} years), and
 * optionally one jurisdiction, one industry and a part of the enterprises' names; always within the caller's scope.
 */
public record DrillQuery(LocalDate from, LocalDate to, JurisdictionCode jurisdiction, IndustryCode industry,
        String nameContains) {

    public static final int MAX_YEARS = 5;

    public DrillQuery {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "training.drill.period-reversed",
                    "the end of the period lies before its start", from, to);
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new InvalidValueException("to", "training.drill.period-too-long",
                    "the period is at most " + MAX_YEARS + " years", MAX_YEARS);
        }
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }
}
