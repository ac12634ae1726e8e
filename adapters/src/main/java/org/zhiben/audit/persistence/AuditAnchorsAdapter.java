package org.zhiben.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditAnchors;
import org.zhiben.audit.ChainAnchor;

/**
 * Anchors in {@code audit.anchor} (append-only as well). Kept in the same database they only reveal a rewrite by
 * someone who cannot also rewrite this table; export them regularly ({@code GET /api/v1/audit/anchors}) and keep the
 * export elsewhere for the strong guarantee.
 */
@Component
class AuditAnchorsAdapter implements AuditAnchors {

    private final JdbcTemplate jdbc;

    AuditAnchorsAdapter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void save(ChainAnchor anchor) {
        jdbc.update("INSERT INTO audit.anchor (sequence, hash, at) VALUES (?, ?, ?) ON CONFLICT (sequence) DO NOTHING",
                anchor.sequence(), anchor.hash(), AuditTrailAdapter.utc(anchor.at()));
    }

    @Override
    public List<ChainAnchor> all() {
        return jdbc.query("SELECT sequence, hash, at FROM audit.anchor ORDER BY sequence", AuditAnchorsAdapter::anchor);
    }

    @Override
    public Optional<ChainAnchor> latest() {
        return jdbc.query("SELECT sequence, hash, at FROM audit.anchor ORDER BY sequence DESC LIMIT 1",
                AuditAnchorsAdapter::anchor).stream().findFirst();
    }

    private static ChainAnchor anchor(ResultSet rs, int row) throws SQLException {
        return new ChainAnchor(rs.getLong("sequence"), rs.getString("hash"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
