package org.zhiben.reporting;

import java.time.LocalDate;
import org.zhiben.shared.UnitCode;

/**
 * Checks the content of a kind of report the unit writes (not generated) and attaches what the report carries when it
 * is submitted: for the quarterly progress and yearly summary, the texts per key task and, on submission, the task
 * ledger's standing of each task on the reporting date. The content is a JSON text, frozen as it is submitted.
 */
public interface WrittenContents {

    /** Whether it takes care of this kind of report. */
    boolean writes(ReportKind kind);

    /**
     * The draft's content as stored: what the unit typed (null for nothing yet), checked and written in the kind's
     * form; bad input is refused with an {@link org.zhiben.shared.InvalidValueException}.
     */
    String draft(UnitCode unit, ReportingPeriod period, String typed, LocalDate today);

    /** The content as submitted: the draft with what the report carries frozen with it, checked to be complete. */
    String submitted(UnitCode unit, ReportingPeriod period, String draft, LocalDate today);
}
