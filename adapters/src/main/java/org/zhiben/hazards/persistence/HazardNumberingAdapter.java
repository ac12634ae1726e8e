package org.zhiben.hazards.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.shared.JurisdictionCode;

/**
 * The next number of a jurisdiction and year, taken from its row in {@code hazards.hazard_number_sequence} by one
 * statement that commits by itself, on connections of its own (at most {@value #CONNECTIONS}), outside the
 * registration's transaction. The row is locked only while that statement runs, not until the registration commits,
 * so the registrations of one county and year no longer take turns for their whole transaction (ADR 13).
 *
 * <p>The connections are the numbering's own, not the application's pool: a registration already holds a connection
 * of that pool when it asks for its number, and registrations that all waited for a second one could starve each
 * other. A number is taken with {@code synchronous_commit} off: its commit record reaches the disk, at the latest,
 * with the commit of the registration that uses it (PostgreSQL writes the log in order and a commit flushes all of it
 * up to its own record), so a number that a committed hazard carries is never handed out again after a crash; a
 * number whose registration never committed may be, which is harmless.
 */
@Component
class HazardNumberingAdapter implements HazardNumbering, AutoCloseable {

    static final int CONNECTIONS = 2;

    private final HikariDataSource connections;
    private final JdbcTemplate jdbc;

    HazardNumberingAdapter(JdbcConnectionDetails database) {
        connections = new HikariDataSource();
        connections.setPoolName("hazard-numbering");
        connections.setJdbcUrl(database.getJdbcUrl());
        connections.setUsername(database.getUsername());
        connections.setPassword(database.getPassword());
        connections.setMaximumPoolSize(CONNECTIONS);
        connections.setMinimumIdle(0);
        connections.setIdleTimeout(60_000);
        connections.setConnectionTimeout(5_000);
        connections.setValidationTimeout(2_000);
        connections.setAutoCommit(true);
        connections.setConnectionInitSql("set synchronous_commit to off");
        jdbc = new JdbcTemplate(connections);
    }

    @Override
    public HazardNumber next(JurisdictionCode jurisdiction, int year) {
        Long next = jdbc.queryForObject("""
                insert into hazards.hazard_number_sequence (jurisdiction, year, last_value) values (?, ?, 1)
                on conflict (jurisdiction, year)
                do update set last_value = hazards.hazard_number_sequence.last_value + 1
                returning last_value""", Long.class, jurisdiction.value(), year);
        return HazardNumber.of(jurisdiction, year, next);
    }

    @Override
    public void close() {
        connections.close();
    }
}
