package org.zhiben.reporting;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.shared.UnitCode;

/**
 * Punctuality of the reporting units' submissions per unit and period, as the dashboard and the monthly ranking
 * (晾晒通报) read it: on time, late, missing (from the day after the due day) or not yet due, on a given day.
 */
public interface SubmissionPunctuality {

    /** Every reporting unit's punctuality with one report (the units in their order). */
    List<UnitPunctuality> forPeriod(ReportKind kind, String period, LocalDate today);

    /** One unit's punctuality with one report. */
    UnitPunctuality of(UnitCode unit, ReportKind kind, String period, LocalDate today);

    /** Every reporting unit's late and missing reports whose due day has passed on this day, the earliest first. */
    List<UnitPunctuality> lateAndMissing(LocalDate today);
}
