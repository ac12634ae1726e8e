package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.ReexamRules;
import org.zhiben.training.ReexamStatus;
import org.zhiben.training.storage.ReexamFlags;

/** Re-examination rules and flags in PostgreSQL (schema {@code training}). */
final class ReexamAdapters {

    private ReexamAdapters() {
    }

    /** The revision of {@code training.reexam_rule} in effect on a day. */
    @Component
    static class ReexamRulesAdapter implements ReexamRules {

        private final JdbcClient jdbc;

        ReexamRulesAdapter(DataSource dataSource) {
            this.jdbc = JdbcClient.create(dataSource);
        }

        @Override
        public int daysAllowed(LocalDate failedOn) {
            return jdbc.sql("SELECT days_allowed FROM training.reexam_rule WHERE effective_from <= :day "
                            + "ORDER BY effective_from DESC LIMIT 1").param("day", Date.valueOf(failedOn))
                    .query(Integer.class).optional()
                    .or(() -> jdbc.sql("SELECT days_allowed FROM training.reexam_rule ORDER BY effective_from "
                            + "LIMIT 1").query(Integer.class).optional())
                    .orElseThrow(() -> new IllegalStateException("no re-examination rule is stored"));
        }
    }

    /** Re-examination flags, one row each, with optimistic locking. */
    @Component
    static class ReexamFlagsAdapter implements ReexamFlags {

        private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, inspection_id, failed_on, "
                + "score, due_by, status, last_attempt_on, reexamined_on, version";

        private final JdbcClient jdbc;

        ReexamFlagsAdapter(DataSource dataSource) {
            this.jdbc = JdbcClient.create(dataSource);
        }

        @Override
        public long save(ReexamFlag flag) {
            ReexamFlag.Snapshot s = flag.snapshot();
            int updated = jdbc.sql("UPDATE training.reexam_flag SET status = :status, last_attempt_on = :attempt, "
                            + "reexamined_on = :reexamined, version = version + 1 WHERE id = :id AND version = :version")
                    .param("status", s.status().name()).param("attempt", date(s.lastAttemptOn()))
                    .param("reexamined", date(s.reexaminedOn())).param("id", s.id().value())
                    .param("version", s.version()).update();
            if (updated == 1) {
                return s.version() + 1;
            }
            Optional<Long> stored = jdbc.sql("SELECT version FROM training.reexam_flag WHERE id = :id")
                    .param("id", s.id().value()).query(Long.class).optional();
            if (stored.isPresent() || s.version() != 0) {
                throw new StaleVersionException(ReexamFlag.ENTITY, s.id(), s.version(), stored.orElse(-1L));
            }
            jdbc.sql("INSERT INTO training.reexam_flag (" + COLUMNS + ") VALUES (:id, :enterprise, :jurisdiction, "
                            + ":industry, :inspection, :failed, :score, :due, :status, :attempt, :reexamined, 0)")
                    .param("id", s.id().value()).param("enterprise", s.enterpriseId())
                    .param("jurisdiction", s.jurisdiction().value())
                    .param("industry", s.industry() == null ? null : s.industry().value())
                    .param("inspection", s.inspectionId()).param("failed", date(s.failedOn()))
                    .param("score", s.score()).param("due", date(s.dueBy())).param("status", s.status().name())
                    .param("attempt", date(s.lastAttemptOn())).param("reexamined", date(s.reexaminedOn())).update();
            return 0;
        }

        @Override
        public Optional<ReexamFlag> findById(ReexamFlagId id) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM training.reexam_flag WHERE id = :id")
                    .param("id", id.value()).query(ReexamFlagsAdapter::flag).optional();
        }

        @Override
        public Optional<ReexamFlag> findByInspection(UUID inspectionId) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM training.reexam_flag WHERE inspection_id = :inspection")
                    .param("inspection", inspectionId).query(ReexamFlagsAdapter::flag).optional();
        }

        @Override
        public List<ReexamFlag> openOf(UUID enterpriseId) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM training.reexam_flag WHERE enterprise_id = :enterprise "
                            + "AND status = 'OPEN' ORDER BY failed_on, id").param("enterprise", enterpriseId)
                    .query(ReexamFlagsAdapter::flag).list();
        }

        @Override
        public List<ReexamFlag> search(DataScope scope) {
            ScopeFilter filter = ScopeFilter.of(scope);
            return jdbc.sql("SELECT " + COLUMNS + " FROM training.reexam_flag WHERE " + filter.condition()
                    + " ORDER BY due_by, id")
                    .params(filter.params()).query(ReexamFlagsAdapter::flag).list();
        }

        private static Date date(LocalDate day) {
            return day == null ? null : Date.valueOf(day);
        }

        private static LocalDate day(ResultSet rs, String column) throws SQLException {
            Date date = rs.getDate(column);
            return date == null ? null : date.toLocalDate();
        }

        private static ReexamFlag flag(ResultSet rs, int row) throws SQLException {
            String industry = rs.getString("industry");
            return ReexamFlag.restore(new ReexamFlag.Snapshot(new ReexamFlagId(rs.getObject("id", UUID.class)),
                    rs.getObject("enterprise_id", UUID.class), JurisdictionCode.of(rs.getString("jurisdiction")),
                    industry == null ? null : IndustryCode.of(industry), rs.getObject("inspection_id", UUID.class),
                    day(rs, "failed_on"), rs.getInt("score"), day(rs, "due_by"),
                    ReexamStatus.valueOf(rs.getString("status")), day(rs, "last_attempt_on"),
                    day(rs, "reexamined_on"), rs.getLong("version")));
        }
    }
}
