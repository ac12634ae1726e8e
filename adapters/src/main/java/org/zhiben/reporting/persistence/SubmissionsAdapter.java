package org.zhiben.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionReview;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.reporting.storage.Submissions;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * Submissions in {@code reporting.submission} with optimistic locking (a save updates the row at the version it was
 * loaded at); their revisions and reviews are only ever inserted ({@code reporting.submission_revision} refuses any
 * update or delete).
 */
@Component
class SubmissionsAdapter implements Submissions {

    private static final String COLUMNS = "id, unit, kind, period, due, status, content, remarks, prepared_at, "
            + "prepared_by, version";

    private final JdbcClient jdbc;

    SubmissionsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long save(Submission s) {
        long version;
        int updated = jdbc.sql("UPDATE reporting.submission SET status = :status, content = :content, "
                        + "remarks = :remarks, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", s.status().name()).param("content", s.content()).param("remarks", s.remarks())
                .param("id", s.id().value()).param("version", s.version()).update();
        if (updated == 1) {
            version = s.version() + 1;
        } else {
            Optional<Long> stored = jdbc.sql("SELECT version FROM reporting.submission WHERE id = :id")
                    .param("id", s.id().value()).query(Long.class).optional();
            if (stored.isPresent() || s.version() != 0) {
                throw new StaleVersionException(Submission.ENTITY, s.id(), s.version(), stored.orElse(-1L));
            }
            jdbc.sql("INSERT INTO reporting.submission (" + COLUMNS + ") VALUES (:id, :unit, :kind, :period, :due, "
                            + ":status, :content, :remarks, :at, :by, 0)")
                    .param("id", s.id().value()).param("unit", s.unit().value()).param("kind", s.kind().name())
                    .param("period", s.period().period()).param("due", java.sql.Date.valueOf(s.period().due()))
                    .param("status", s.status().name()).param("content", s.content()).param("remarks", s.remarks())
                    .param("at", Timestamp.from(s.preparedAt())).param("by", s.preparedBy()).update();
            version = 0;
        }
        int storedRevisions = jdbc.sql("SELECT count(*) FROM reporting.submission_revision WHERE submission_id = :id")
                .param("id", s.id().value()).query(Integer.class).single();
        for (SubmissionRevision r : s.revisions().subList(storedRevisions, s.revisions().size())) {
            jdbc.sql("INSERT INTO reporting.submission_revision (submission_id, number, content, remarks, reason, "
                            + "submitted_at, submitted_by, digest) VALUES (:id, :number, :content, :remarks, :reason, "
                            + ":at, :by, :digest)")
                    .param("id", s.id().value()).param("number", r.number()).param("content", r.content())
                    .param("remarks", r.remarks()).param("reason", r.reason())
                    .param("at", Timestamp.from(r.submittedAt())).param("by", r.submittedBy())
                    .param("digest", r.digest()).update();
        }
        int storedReviews = jdbc.sql("SELECT count(*) FROM reporting.submission_review WHERE submission_id = :id")
                .param("id", s.id().value()).query(Integer.class).single();
        List<SubmissionReview> reviews = s.reviews();
        for (int i = storedReviews; i < reviews.size(); i++) {
            SubmissionReview r = reviews.get(i);
            jdbc.sql("INSERT INTO reporting.submission_review (submission_id, sequence, revision, accepted, reason, "
                            + "at, by_user) VALUES (:id, :sequence, :revision, :accepted, :reason, :at, :by)")
                    .param("id", s.id().value()).param("sequence", i + 1).param("revision", r.revision())
                    .param("accepted", r.accepted()).param("reason", r.reason())
                    .param("at", Timestamp.from(r.at())).param("by", r.by()).update();
        }
        return version;
    }

    @Override
    public Optional<Submission> findById(SubmissionId id) {
        return one("WHERE id = :id", Map.of("id", id.value()));
    }

    @Override
    public Optional<Submission> find(UnitCode unit, ReportKind kind, String period) {
        return one("WHERE unit = :unit AND kind = :kind AND period = :period",
                Map.of("unit", unit.value(), "kind", kind.name(), "period", period));
    }

    @Override
    public List<Submission> search(UnitCode unit, ReportKind kind, SubmissionStatus status) {
        StringBuilder where = new StringBuilder("WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            where.append(" AND unit = :unit");
            params.put("unit", unit.value());
        }
        if (kind != null) {
            where.append(" AND kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return rows(where + " ORDER BY due DESC, unit", params);
    }

    @Override
    public List<State> states(UnitCode unit) {
        String sql = "SELECT s.id, s.unit, s.kind, s.period, s.status, r.submitted_at FROM reporting.submission s "
                + "LEFT JOIN reporting.submission_revision r ON r.submission_id = s.id AND r.number = 1"
                + (unit == null ? "" : " WHERE s.unit = :unit");
        var query = jdbc.sql(sql);
        if (unit != null) {
            query = query.param("unit", unit.value());
        }
        return query.query((rs, n) -> {
            Timestamp first = rs.getTimestamp("submitted_at");
            return new State(new SubmissionId(rs.getObject("id", UUID.class)), UnitCode.of(rs.getString("unit")),
                    ReportKind.valueOf(rs.getString("kind")), rs.getString("period"),
                    SubmissionStatus.valueOf(rs.getString("status")), first == null ? null : first.toInstant());
        }).list();
    }

    private Optional<Submission> one(String where, Map<String, Object> params) {
        return rows(where, params).stream().findFirst();
    }

    private List<Submission> rows(String where, Map<String, Object> params) {
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM reporting.submission " + where);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        List<Row> rows = query.query(SubmissionsAdapter::row).list();
        List<Submission> found = new ArrayList<>();
        for (Row row : rows) {
            found.add(Submission.restore(row.id(), row.unit(), row.period(), row.status(), row.content(),
                    row.remarks(), row.preparedAt(), row.preparedBy(), revisions(row.id()), reviews(row.id()),
                    row.version()));
        }
        return found;
    }

    private List<SubmissionRevision> revisions(SubmissionId id) {
        return jdbc.sql("SELECT number, content, remarks, reason, submitted_at, submitted_by, digest "
                        + "FROM reporting.submission_revision WHERE submission_id = :id ORDER BY number")
                .param("id", id.value())
                .query((rs, n) -> new SubmissionRevision(rs.getInt("number"), rs.getString("content"),
                        rs.getString("remarks"), rs.getString("reason"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("submitted_by"), rs.getString("digest")))
                .list();
    }

    private List<SubmissionReview> reviews(SubmissionId id) {
        return jdbc.sql("SELECT revision, accepted, reason, at, by_user FROM reporting.submission_review "
                        + "WHERE submission_id = :id ORDER BY sequence")
                .param("id", id.value())
                .query((rs, n) -> new SubmissionReview(rs.getInt("revision"), rs.getBoolean("accepted"),
                        rs.getString("reason"), rs.getTimestamp("at").toInstant(), rs.getString("by_user")))
                .list();
    }

    private record Row(SubmissionId id, UnitCode unit, ReportingPeriod period, SubmissionStatus status,
                       String content, String remarks, java.time.Instant preparedAt, String preparedBy,
                       long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        ReportKind kind = ReportKind.valueOf(rs.getString("kind"));
        return new Row(new SubmissionId(rs.getObject("id", UUID.class)), UnitCode.of(rs.getString("unit")),
                new ReportingPeriod(kind, rs.getString("period"), rs.getDate("due").toLocalDate()),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("content"), rs.getString("remarks"),
                rs.getTimestamp("prepared_at").toInstant(), rs.getString("prepared_by"), rs.getLong("version"));
    }
}
