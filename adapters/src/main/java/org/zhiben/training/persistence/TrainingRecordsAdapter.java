package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.ExamResult;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.TrainingRecordImport;
import org.zhiben.training.storage.TrainingRecords;

/**
 * Training records in PostgreSQL ({@code training.training_record}), one row each, with optimistic locking: a change
 * is written at the version it was loaded at, and a row changed meanwhile is refused.
 */
@Component
class TrainingRecordsAdapter implements TrainingRecords {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, unit_name, masked_name, "
            + "id_last_digits, role, course, provider, started_on, ended_on, hours, exam, certificate_number, "
            + "recorded_at, recorded_by, version";

    private final JdbcClient jdbc;

    TrainingRecordsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long save(TrainingRecord record) {
        TrainingRecord.Snapshot s = record.snapshot();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("enterprise_id", s.enterpriseId());
        values.put("jurisdiction", s.jurisdiction().value());
        values.put("industry", s.industry() == null ? null : s.industry().value());
        values.put("unit_name", s.unitName());
        values.put("masked_name", s.trainee().maskedName());
        values.put("id_last_digits", s.trainee().idLastDigits());
        values.put("role", s.role().name());
        values.put("course", s.course());
        values.put("provider", s.provider());
        values.put("started_on", Date.valueOf(s.startedOn()));
        values.put("ended_on", Date.valueOf(s.endedOn()));
        values.put("hours", s.hours());
        values.put("exam", s.exam().name());
        values.put("certificate_number", s.certificateNumber());
        values.put("recorded_at", Timestamp.from(s.recordedAt()));
        values.put("recorded_by", s.recordedBy());
        String assignments = String.join(", ", values.keySet().stream().map(c -> c + " = :" + c).toList());
        var update = jdbc.sql("UPDATE training.training_record SET " + assignments
                + ", version = version + 1 WHERE id = :id AND version = :version");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            update = update.param(value.getKey(), value.getValue());
        }
        if (update.param("id", s.id().value()).param("version", s.version()).update() == 1) {
            return s.version() + 1;
        }
        Optional<Long> stored = jdbc.sql("SELECT version FROM training.training_record WHERE id = :id")
                .param("id", s.id().value()).query(Long.class).optional();
        if (stored.isPresent() || s.version() != 0) {
            throw new StaleVersionException(TrainingRecord.ENTITY, s.id(), s.version(), stored.orElse(-1L));
        }
        var insert = jdbc.sql("INSERT INTO training.training_record (id, " + String.join(", ", values.keySet())
                + ", version) VALUES (:id, " + String.join(", ", values.keySet().stream().map(c -> ":" + c).toList())
                + ", 0)");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            insert = insert.param(value.getKey(), value.getValue());
        }
        insert.param("id", s.id().value()).update();
        return 0;
    }

    @Override
    public Optional<TrainingRecord> findById(TrainingRecordId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.training_record WHERE id = :id")
                .param("id", id.value()).query(TrainingRecordsAdapter::record).optional();
    }

    @Override
    public List<TrainingRecord> search(DataScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.training_record WHERE " + filter.condition()
                + " ORDER BY ended_on DESC, recorded_at DESC, id")
                .params(filter.params()).query(TrainingRecordsAdapter::record).list();
    }

    @Override
    public List<TrainingRecord> endedIn(int year, Collection<UUID> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.training_record WHERE enterprise_id IN (:enterprises)"
                        + " AND ended_on BETWEEN :first AND :last ORDER BY ended_on, id")
                .param("enterprises", List.copyOf(enterpriseIds))
                .param("first", Date.valueOf(java.time.LocalDate.of(year, 1, 1)))
                .param("last", Date.valueOf(java.time.LocalDate.of(year, 12, 31)))
                .query(TrainingRecordsAdapter::record).list();
    }

    /**
     * Narrowed by the ID digits, the first days and the courses of the keys (indexed), then matched exactly, so a
     * batch of rows costs one query.
     */
    @Override
    public List<TrainingRecord> withKeys(Collection<TrainingRecordImport.Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<TrainingRecordImport.Key> wanted = Set.copyOf(keys);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.training_record WHERE id_last_digits IN (:digits)"
                        + " AND started_on IN (:days) AND course IN (:courses) ORDER BY recorded_at, id")
                .param("digits", wanted.stream().map(TrainingRecordImport.Key::idLastDigits).distinct().toList())
                .param("days", wanted.stream().map(key -> Date.valueOf(key.startedOn())).distinct().toList())
                .param("courses", wanted.stream().map(TrainingRecordImport.Key::course).distinct().toList())
                .query(TrainingRecordsAdapter::record).stream()
                .filter(record -> wanted.contains(TrainingRecordImport.Key.of(record))).toList();
    }

    private static TrainingRecord record(ResultSet rs, int row) throws SQLException {
        String industry = rs.getString("industry");
        return TrainingRecord.restore(new TrainingRecord.Snapshot(
                new TrainingRecordId(rs.getObject("id", UUID.class)), rs.getObject("enterprise_id", UUID.class),
                JurisdictionCode.of(rs.getString("jurisdiction")), industry == null ? null : IndustryCode.of(industry),
                rs.getString("unit_name"), new Trainee(rs.getString("masked_name"), rs.getString("id_last_digits")),
                TraineeRole.valueOf(rs.getString("role")), rs.getString("course"), rs.getString("provider"),
                rs.getDate("started_on").toLocalDate(), rs.getDate("ended_on").toLocalDate(), rs.getInt("hours"),
                ExamResult.valueOf(rs.getString("exam")), rs.getString("certificate_number"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getLong("version")));
    }
}
