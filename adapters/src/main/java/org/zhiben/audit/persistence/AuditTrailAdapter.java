package org.zhiben.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.audit.AuditChain;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditDraft;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.AuditTrail;

/**
 * The audit trail in {@code audit.entry}, written and read with plain SQL: entries are immutable rows (PostgreSQL
 * refuses UPDATE, DELETE and TRUNCATE on them), read as a stream for verification.
 *
 * <p>An append joins the caller's transaction and is held back until that transaction is about to commit: the
 * last synchronisation before the commit takes a transaction-scoped advisory lock, reads the last entry, and stores
 * the transaction's entries chained after it. A second writer waits for the lock until the first commits (or rolls
 * back) and then reads the entry the first one appended, so the chain never forks; but the lock is held only from
 * that last step to the commit (the flush of the transaction's remaining changes and the commit itself), not for the
 * whole transaction, so a long transaction no longer delays other writers (ADR 11). A transaction that rolls back
 * appends nothing.
 */
@Component
class AuditTrailAdapter implements AuditTrail {

    /** Key of the advisory lock that serialises appends to the audit trail ("audit" in ASCII). */
    static final long APPEND_LOCK = 0x6175646974L;

    private static final String COLUMNS =
            "sequence, at, username, role, unit_code, entity_type, entity_id, action, reason, change, previous_hash, hash";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    AuditTrailAdapter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditDraft draft) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.drafts.add(draft);
    }

    /** Seals and stores the drafts of one transaction, in the order they were recorded. */
    private void seal(List<AuditDraft> drafts) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, APPEND_LOCK);
        AuditEntry previous = lastEntry().orElse(null);
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (AuditDraft draft : drafts) {
            AuditEntry entry = AuditChain.append(previous, draft);
            rows.add(new Object[] {entry.sequence(), utc(entry.at()), entry.username(), entry.role(),
                    entry.unitCode(), entry.entityType(), entry.entityId(), entry.action(), entry.reason(),
                    entry.change(), entry.previousHash(), entry.hash()});
            previous = entry;
        }
        jdbc.batchUpdate("INSERT INTO audit.entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * The drafts a transaction has recorded, sealed by the last synchronisation before it commits (so after every
     * other step of the transaction) and dropped if it rolls back.
     */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditDraft> drafts = new ArrayList<>();

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            seal(drafts);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrailAdapter.this);
        }
    }

    @Override
    public Optional<AuditEntry> lastEntry() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.entry ORDER BY sequence DESC LIMIT 1",
                AuditTrailAdapter::entry).stream().findFirst();
    }

    @Override
    public Stream<AuditEntry> entriesFrom(long sequence) {
        return streaming.queryForStream("SELECT " + COLUMNS + " FROM audit.entry WHERE sequence >= ? ORDER BY sequence",
                AuditTrailAdapter::entry, sequence);
    }

    @Override
    public AuditPage search(AuditCriteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (criteria.username() != null) {
            where.append(" AND username = ?");
            arguments.add(criteria.username());
        }
        if (criteria.entityType() != null) {
            where.append(" AND entity_type = ?");
            arguments.add(criteria.entityType());
        }
        if (criteria.entityId() != null) {
            where.append(" AND entity_id = ?");
            arguments.add(criteria.entityId());
        }
        if (criteria.from() != null) {
            where.append(" AND at >= ?");
            arguments.add(utc(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" AND at < ?");
            arguments.add(utc(criteria.to()));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit.entry" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditEntry> entries = jdbc.query("SELECT " + COLUMNS + " FROM audit.entry" + where
                + " ORDER BY sequence DESC LIMIT ? OFFSET ?", AuditTrailAdapter::entry, paged.toArray());
        return new AuditPage(entries, total == null ? 0 : total, page, size);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        return new AuditEntry(rs.getLong("sequence"), at == null ? null : at.toInstant(), rs.getString("username"),
                rs.getString("role"), rs.getString("unit_code"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("action"), rs.getString("reason"), rs.getString("change"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
