package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.zhiben.training.CertificateId;
import org.zhiben.training.OperationType;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.storage.Certificates;

/** Special-operation certificates in {@code training.special_operation_certificate}. */
@Component
class CertificatesAdapter implements Certificates {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, masked_name, id_last_digits, "
            + "operation_type, number, issued_on, expires_on, last_reviewed_on, next_review_on, recorded_at, "
            + "recorded_by, version";

    private final JdbcClient jdbc;

    CertificatesAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long save(SpecialOperationCertificate c) {
        jdbc.sql("INSERT INTO training.special_operation_certificate (" + COLUMNS + ") VALUES (:id, :enterprise, "
                        + ":jurisdiction, :industry, :name, :digits, :type, :number, :issued, :expires, :reviewed, "
                        + ":nextReview, :at, :by, 0)")
                .param("id", c.id().value()).param("enterprise", c.enterpriseId())
                .param("jurisdiction", c.jurisdiction().value())
                .param("industry", c.industry() == null ? null : c.industry().value())
                .param("name", c.holder().maskedName()).param("digits", c.holder().idLastDigits())
                .param("type", c.operationType().name()).param("number", c.number())
                .param("issued", Date.valueOf(c.issuedOn())).param("expires", Date.valueOf(c.expiresOn()))
                .param("reviewed", date(c.lastReviewedOn())).param("nextReview", date(c.nextReviewOn()))
                .param("at", Timestamp.from(c.recordedAt())).param("by", c.recordedBy()).update();
        return 0;
    }

    @Override
    public long update(SpecialOperationCertificate c) {
        int updated = jdbc.sql("UPDATE training.special_operation_certificate SET masked_name = :name, "
                        + "id_last_digits = :digits, operation_type = :type, number = :number, issued_on = :issued, "
                        + "expires_on = :expires, last_reviewed_on = :reviewed, next_review_on = :nextReview, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("name", c.holder().maskedName()).param("digits", c.holder().idLastDigits())
                .param("type", c.operationType().name()).param("number", c.number())
                .param("issued", Date.valueOf(c.issuedOn())).param("expires", Date.valueOf(c.expiresOn()))
                .param("reviewed", date(c.lastReviewedOn())).param("nextReview", date(c.nextReviewOn()))
                .param("id", c.id().value()).param("version", c.version()).update();
        if (updated == 1) {
            return c.version() + 1;
        }
        long stored = jdbc.sql("SELECT version FROM training.special_operation_certificate WHERE id = :id")
                .param("id", c.id().value()).query(Long.class).optional().orElse(-1L);
        throw new StaleVersionException(SpecialOperationCertificate.ENTITY, c.id(), c.version(), stored);
    }

    @Override
    public Optional<SpecialOperationCertificate> findById(CertificateId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.special_operation_certificate WHERE id = :id")
                .param("id", id.value()).query(CertificatesAdapter::certificate).optional();
    }

    @Override
    public Optional<SpecialOperationCertificate> findByNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.special_operation_certificate WHERE number = :number")
                .param("number", number).query(CertificatesAdapter::certificate).optional();
    }

    @Override
    public List<SpecialOperationCertificate> withNumbers(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.special_operation_certificate WHERE number IN (:numbers)")
                .param("numbers", List.copyOf(numbers)).query(CertificatesAdapter::certificate).list();
    }

    @Override
    public List<SpecialOperationCertificate> search(DataScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.special_operation_certificate WHERE " + filter.condition()
                + " ORDER BY expires_on, id")
                .params(filter.params()).query(CertificatesAdapter::certificate).list();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static SpecialOperationCertificate certificate(ResultSet rs, int row) throws SQLException {
        String industry = rs.getString("industry");
        return new SpecialOperationCertificate(new CertificateId(rs.getObject("id", UUID.class)),
                rs.getObject("enterprise_id", UUID.class), JurisdictionCode.of(rs.getString("jurisdiction")),
                industry == null ? null : IndustryCode.of(industry),
                new Trainee(rs.getString("masked_name"), rs.getString("id_last_digits")),
                OperationType.valueOf(rs.getString("operation_type")), rs.getString("number"),
                day(rs, "issued_on"), day(rs, "expires_on"), day(rs, "last_reviewed_on"), day(rs, "next_review_on"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getLong("version"));
    }
}
