package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.MisconductKind;
import org.zhiben.training.MisconductReport;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.storage.MisconductReports;

/** Reports of suspected proxy training or exams and no-shows in {@code training.misconduct_report}. */
@Component
class MisconductReportsAdapter implements MisconductReports {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, kind, training_record_id, "
            + "occurred_on, description, penalty_case_id, reported_at, reported_by";

    private final JdbcClient jdbc;

    MisconductReportsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(MisconductReport r) {
        jdbc.sql("INSERT INTO training.misconduct_report (" + COLUMNS + ") VALUES (:id, :enterprise, :jurisdiction, "
                        + ":industry, :kind, :record, :occurred, :description, :case, :at, :by)")
                .param("id", r.id()).param("enterprise", r.enterpriseId()).param("jurisdiction", r.jurisdiction().value())
                .param("industry", r.industry() == null ? null : r.industry().value()).param("kind", r.kind().name())
                .param("record", r.trainingRecord() == null ? null : r.trainingRecord().value())
                .param("occurred", Date.valueOf(r.occurredOn())).param("description", r.description())
                .param("case", r.penaltyCaseId()).param("at", Timestamp.from(r.reportedAt()))
                .param("by", r.reportedBy()).update();
    }

    @Override
    public List<MisconductReport> search(DataScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.misconduct_report WHERE " + filter.condition()
                + " ORDER BY reported_at DESC, id")
                .params(filter.params()).query(MisconductReportsAdapter::report).list();
    }

    private static MisconductReport report(ResultSet rs, int row) throws SQLException {
        String industry = rs.getString("industry");
        UUID record = rs.getObject("training_record_id", UUID.class);
        return new MisconductReport(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                JurisdictionCode.of(rs.getString("jurisdiction")), industry == null ? null : IndustryCode.of(industry),
                MisconductKind.valueOf(rs.getString("kind")), record == null ? null : new TrainingRecordId(record),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("description"),
                rs.getObject("penalty_case_id", UUID.class), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("reported_by"));
    }
}
