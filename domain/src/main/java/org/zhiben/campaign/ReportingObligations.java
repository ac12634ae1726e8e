package org.zhiben.campaign;

import java.util.List;
import java.util.Optional;

/** The reports the loaded plan requires (read-only reference data). */
public interface ReportingObligations {

    /** Every obligation, in the order of the plan. */
    List<ReportingObligation> findAll();

    /** The obligation to report this subject, if the plan has one. */
    default Optional<ReportingObligation> about(ReportSubject subject) {
        return findAll().stream().filter(obligation -> obligation.subject() == subject).findFirst();
    }
}
