package org.zhiben.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job once per slot of its schedule (a day, for a daily job) across every node of the application,
 * with PostgreSQL alone. Each node's scheduler fires; the run claims its slot by inserting a row into
 * {@code schedule_slot} (primary key: schedule and slot) and does its work <em>in the same transaction</em>:
 * <ul>
 * <li>the first claim wins; a concurrent claim of the same slot waits on the key until the first commits, then finds
 *     the row and skips;</li>
 * <li>a run that fails rolls its claim back with its work, so a later firing (on any node) may run the slot again;</li>
 * <li>nothing to release after a crash, no lock table, no extra library.</li>
 * </ul>
 * A job in a module's {@code jobs} package calls it as the system, e.g.
 * <pre>{@code
 * oncePerSchedule.daily("hazards.escalation", runEscalation::scheduled);
 * }</pre>
 */
@Component
public class OncePerSchedule {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public OncePerSchedule(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs {@code work} for today's slot (in the application's time zone) unless some node has run it. */
    public <T> Optional<T> daily(String schedule, Supplier<T> work) {
        return runOnce(schedule, LocalDate.now(clock).toString(), work);
    }

    /**
     * Runs {@code work} in a transaction of its own that first claims {@code slot} of {@code schedule}; answers its
     * result, or empty when the slot was already run (here or on another node). A failure of the work rolls the claim
     * back and is thrown.
     */
    public <T> Optional<T> runOnce(String schedule, String slot, Supplier<T> work) {
        require(schedule, "schedule", 100);
        require(slot, "slot", 40);
        return transaction.execute(status -> claim(schedule, slot) ? Optional.ofNullable(work.get())
                : Optional.empty());
    }

    /** Whether some node has run (and committed) {@code slot} of {@code schedule}. */
    public boolean done(String schedule, String slot) {
        Integer rows = jdbc.queryForObject("select count(*) from schedule_slot where schedule = ? and slot = ?",
                Integer.class, schedule, slot);
        return rows != null && rows > 0;
    }

    private boolean claim(String schedule, String slot) {
        return jdbc.update("insert into schedule_slot (schedule, slot, claimed_at) values (?, ?, ?) "
                + "on conflict (schedule, slot) do nothing", schedule, slot, Timestamp.from(clock.instant())) == 1;
    }

    private static void require(String value, String name, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be given, at most " + maxLength + " characters");
        }
    }
}
