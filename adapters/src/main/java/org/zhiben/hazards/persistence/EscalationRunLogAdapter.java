package org.zhiben.hazards.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.storage.EscalationRunLog;

/**
 * Makes a run of the escalation safe on several nodes, with PostgreSQL alone: a run holds a transaction-level advisory
 * lock ({@code pg_try_advisory_xact_lock}), so two runs (a scheduled one and one on demand, or two on demand) never
 * escalate at the same time, and records itself in {@code hazards.escalation_run}. That the scheduled run is done once
 * a day even when the nodes' schedulers fire one after the other is the platform's
 * {@link org.zhiben.platform.jobs.OncePerSchedule}. The lock is released by the commit or rollback of the run's transaction: nothing to
 * clean up after a crash, no lock table, no extra library (this is why it was chosen over ShedLock).
 */
@Component
class EscalationRunLogAdapter implements EscalationRunLog {

    /** Arbitrary constant naming the escalation lock among the application's advisory locks. */
    static final long LOCK_KEY = 0x7A6869_62656E_01L;

    private final JdbcTemplate jdbc;

    EscalationRunLogAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryLock() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                LOCK_KEY));
    }

    @Override
    public void record(LocalDate day, Trigger trigger, String startedBy, Instant at, int escalated) {
        jdbc.update("insert into hazards.escalation_run (id, run_on, trigger, started_by, started_at, escalated) "
                        + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), day, trigger.name(), startedBy,
                java.sql.Timestamp.from(at), escalated);
    }
}
