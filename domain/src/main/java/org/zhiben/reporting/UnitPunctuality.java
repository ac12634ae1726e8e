package org.zhiben.reporting;

import java.time.LocalDate;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * How one reporting unit stands with one report: its punctuality, the day it was first submitted (or null) and its
 * submission's status and id (or null when it has none).
 */
public record UnitPunctuality(UnitCode unit, ReportingPeriod period, Punctuality punctuality,
                              LocalDate firstSubmittedOn, SubmissionStatus status,
                              SubmissionId submission) {

    public UnitPunctuality {
        Require.notNull(unit, "unit");
        Require.notNull(period, "period");
        Require.notNull(punctuality, "punctuality");
    }
}
