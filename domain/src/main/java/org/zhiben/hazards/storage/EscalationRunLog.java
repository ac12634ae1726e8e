package org.zhiben.hazards.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lock and the record of the escalation runs, shared by every node (which day's scheduled run is done is the
 * platform's once-per-schedule record).
 */
public interface EscalationRunLog {

    /** What started a run. */
    enum Trigger { SCHEDULED, MANUAL }

    /** Takes the escalation lock for the current transaction; false when another run holds it. */
    boolean tryLock();

    void record(LocalDate day, Trigger trigger, String startedBy, Instant at, int escalated);
}
