package org.zhiben.reporting;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/** Whether a unit submitted a report on time: by its due day (on time), after it (late), or not yet. */
public enum Punctuality {
    /** First submitted on or before the due day. */
    ON_TIME,
    /** First submitted after the due day. */
    LATE,
    /** Not submitted, and the due day has passed: missing from the day after it. */
    MISSING,
    /** Not submitted, and the due day has not passed yet. */
    NOT_YET_DUE;

    /**
     * How a report stands on a day.
     *
     * @param firstSubmittedOn the day it was first submitted, or {@code null} when it was not
     */
    public static Punctuality of(ReportingPeriod period, LocalDate firstSubmittedOn, LocalDate today) {
        Require.notNull(period, "period");
        Require.notNull(today, "today");
        if (firstSubmittedOn != null) {
            return period.lateOn(firstSubmittedOn) ? LATE : ON_TIME;
        }
        return period.lateOn(today) ? MISSING : NOT_YET_DUE;
    }

    /** Whether it belongs on the list of late and missing submissions. */
    public boolean lateOrMissing() {
        return this == LATE || this == MISSING;
    }
}
