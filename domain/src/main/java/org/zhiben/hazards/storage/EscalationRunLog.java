package org.zhiben.hazards.storage;

import java.time.Instant;
import java.time.LocalDate;

/** The lock and the record of the escalation runs, shared by every node. */
public interface EscalationRunLog {

    /** What started a run. */
    enum Trigger { SCHEDULED, MANUAL }

    /** Takes the escalation lock for the current transaction; false when another run holds it. */
    boolean tryLock();

    boolean scheduledRunDoneOn(LocalDate day);

    void record(LocalDate day, Trigger trigger, String startedBy, Instant at, int escalated);
}
