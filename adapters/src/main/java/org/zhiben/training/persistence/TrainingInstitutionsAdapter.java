package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.InstitutionRecheck;
import org.zhiben.training.InstitutionStatus;
import org.zhiben.training.TrainingInstitution;
import org.zhiben.training.storage.TrainingInstitutions;

/** The register of training institutions in {@code training.institution}, with optimistic locking. */
@Component
class TrainingInstitutionsAdapter implements TrainingInstitutions {

    private static final String COLUMNS = "id, name, jurisdiction, licence_number, approved_on, status, "
            + "rechecked_on, recheck_compliant, recheck_notes, version";

    private final JdbcClient jdbc;

    TrainingInstitutionsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(TrainingInstitution i) {
        jdbc.sql("INSERT INTO training.institution (id, name, jurisdiction, licence_number, approved_on, status, "
                        + "version) VALUES (:id, :name, :jurisdiction, :licence, :approved, :status, 0)")
                .param("id", i.id()).param("name", i.name()).param("jurisdiction", i.jurisdiction().value())
                .param("licence", i.licenceNumber()).param("approved", Date.valueOf(i.approvedOn()))
                .param("status", i.status().name()).update();
        return 0;
    }

    @Override
    public long update(TrainingInstitution i, long expectedVersion) {
        InstitutionRecheck r = i.lastRecheck();
        int updated = jdbc.sql("UPDATE training.institution SET status = :status, rechecked_on = :on, "
                        + "recheck_compliant = :compliant, recheck_notes = :notes, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("status", i.status().name()).param("on", r == null ? null : Date.valueOf(r.on()))
                .param("compliant", r == null ? null : r.compliant()).param("notes", r == null ? null : r.notes())
                .param("id", i.id()).param("version", expectedVersion).update();
        if (updated != 1) {
            long actual = jdbc.sql("SELECT version FROM training.institution WHERE id = :id").param("id", i.id())
                    .query(Long.class).optional().orElse(-1L);
            throw new StaleVersionException(TrainingInstitution.ENTITY, i.id(), expectedVersion, actual);
        }
        return expectedVersion + 1;
    }

    @Override
    public Optional<TrainingInstitution> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.institution WHERE id = :id").param("id", id)
                .query(TrainingInstitutionsAdapter::institution).optional();
    }

    @Override
    public List<TrainingInstitution> search(InstitutionStatus status, int offset, int limit) {
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM training.institution" + where(status)
                + " ORDER BY name, id LIMIT :limit OFFSET :offset");
        if (status != null) {
            query = query.param("status", status.name());
        }
        return query.param("limit", limit).param("offset", offset).query(TrainingInstitutionsAdapter::institution)
                .list();
    }

    @Override
    public long count(InstitutionStatus status) {
        var query = jdbc.sql("SELECT count(*) FROM training.institution" + where(status));
        if (status != null) {
            query = query.param("status", status.name());
        }
        return query.query(Long.class).single();
    }

    private static String where(InstitutionStatus status) {
        return status == null ? "" : " WHERE status = :status";
    }

    @Override
    public List<TrainingInstitution> approved() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.institution WHERE status = 'APPROVED' ORDER BY name, id")
                .query(TrainingInstitutionsAdapter::institution).list();
    }

    private static TrainingInstitution institution(ResultSet rs, int row) throws SQLException {
        Date on = rs.getDate("rechecked_on");
        InstitutionRecheck recheck = on == null ? null
                : new InstitutionRecheck(on.toLocalDate(), rs.getBoolean("recheck_compliant"),
                        rs.getString("recheck_notes"));
        return TrainingInstitution.restore(rs.getObject("id", UUID.class), rs.getString("name"),
                JurisdictionCode.of(rs.getString("jurisdiction")), rs.getString("licence_number"),
                rs.getDate("approved_on").toLocalDate(), InstitutionStatus.valueOf(rs.getString("status")), recheck,
                rs.getLong("version"));
    }
}
