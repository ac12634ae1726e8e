package org.zhiben.reporting.persistence;

import java.sql.Date;
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
import org.zhiben.reporting.PolicyAttachment;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyKind;
import org.zhiben.reporting.PolicyPage;
import org.zhiben.reporting.storage.PolicyEntries;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/** The lines of the policy statistics table (附表2) in {@code reporting.policy_entry}. */
@Component
class PolicyEntriesAdapter implements PolicyEntries {

    private static final String COLUMNS = "id, unit, title, document_number, issued_on, kind, copied_to_office, "
            + "attachment_name, attachment_type, attachment_size, attachment_sha256, entered_at, entered_by, version";

    private final JdbcClient jdbc;

    PolicyEntriesAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(PolicyEntry e) {
        PolicyEntry.Details d = e.details();
        jdbc.sql("INSERT INTO reporting.policy_entry (" + COLUMNS + ") VALUES (:id, :unit, :title, :number, :issued, "
                        + ":kind, :copied, :fileName, :fileType, :fileSize, :sha256, :at, :by, 0)")
                .param("id", e.id().value()).param("unit", e.unit().value()).param("title", d.title())
                .param("number", d.documentNumber()).param("issued", Date.valueOf(d.issuedOn()))
                .param("kind", d.kind().name()).param("copied", d.copiedToOffice())
                .param("fileName", e.attachment() == null ? null : e.attachment().fileName())
                .param("fileType", e.attachment() == null ? null : e.attachment().contentType())
                .param("fileSize", e.attachment() == null ? null : e.attachment().size())
                .param("sha256", e.attachment() == null ? null : e.attachment().sha256())
                .param("at", Timestamp.from(e.enteredAt())).param("by", e.enteredBy()).update();
    }

    @Override
    public long update(PolicyEntry e) {
        PolicyEntry.Details d = e.details();
        int changed = jdbc.sql("UPDATE reporting.policy_entry SET title = :title, document_number = :number, "
                        + "issued_on = :issued, kind = :kind, copied_to_office = :copied, attachment_name = :fileName, "
                        + "attachment_type = :fileType, attachment_size = :fileSize, attachment_sha256 = :sha256, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("id", e.id().value()).param("version", e.version()).param("title", d.title())
                .param("number", d.documentNumber()).param("issued", Date.valueOf(d.issuedOn()))
                .param("kind", d.kind().name()).param("copied", d.copiedToOffice())
                .param("fileName", e.attachment() == null ? null : e.attachment().fileName())
                .param("fileType", e.attachment() == null ? null : e.attachment().contentType())
                .param("fileSize", e.attachment() == null ? null : e.attachment().size())
                .param("sha256", e.attachment() == null ? null : e.attachment().sha256())
                .update();
        if (changed == 0) {
            long actual = findById(e.id()).map(PolicyEntry::version).orElse(-1L);
            throw new StaleVersionException(PolicyEntry.ENTITY, e.id(), e.version(), actual);
        }
        return e.version() + 1;
    }

    @Override
    public Optional<PolicyEntry> findById(PolicyEntryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting.policy_entry WHERE id = :id")
                .param("id", id.value()).query(PolicyEntriesAdapter::entry).optional();
    }

    @Override
    public Optional<PolicyEntry> findByDocumentNumber(UnitCode unit, String documentNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting.policy_entry WHERE unit = :unit "
                        + "AND document_number = :number")
                .param("unit", unit.value()).param("number", documentNumber)
                .query(PolicyEntriesAdapter::entry).optional();
    }

    @Override
    public PolicyPage search(PolicyFilter filter) {
        if (filter.units() != null && filter.units().isEmpty()) {
            return new PolicyPage(List.of(), filter.page(), filter.size(), 0);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.units() != null) {
            conditions.add("unit IN (:units)");
            params.put("units", filter.units().stream().map(UnitCode::value).toList());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.issuedFrom() != null) {
            conditions.add("issued_on >= :from");
            params.put("from", Date.valueOf(filter.issuedFrom()));
        }
        if (filter.issuedTo() != null) {
            conditions.add("issued_on <= :to");
            params.put("to", Date.valueOf(filter.issuedTo()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var count = jdbc.sql("SELECT count(*) FROM reporting.policy_entry" + where);
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM reporting.policy_entry" + where
                + " ORDER BY issued_on DESC, entered_at DESC, id LIMIT :limit OFFSET :offset");
        for (Map.Entry<String, Object> param : params.entrySet()) {
            count = count.param(param.getKey(), param.getValue());
            rows = rows.param(param.getKey(), param.getValue());
        }
        long total = count.query(Long.class).single();
        List<PolicyEntry> entries = rows.param("limit", filter.size())
                .param("offset", (long) filter.page() * filter.size())
                .query(PolicyEntriesAdapter::entry).list();
        return new PolicyPage(entries, filter.page(), filter.size(), total);
    }

    private static PolicyEntry entry(ResultSet rs, int row) throws SQLException {
        String sha256 = rs.getString("attachment_sha256");
        PolicyAttachment attachment = sha256 == null ? null : new PolicyAttachment(rs.getString("attachment_name"),
                rs.getString("attachment_type"), rs.getLong("attachment_size"), sha256);
        return new PolicyEntry(new PolicyEntryId(rs.getObject("id", UUID.class)), UnitCode.of(rs.getString("unit")),
                new PolicyEntry.Details(rs.getString("title"), rs.getString("document_number"),
                        rs.getDate("issued_on").toLocalDate(), PolicyKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("copied_to_office")),
                attachment, rs.getTimestamp("entered_at").toInstant(), rs.getString("entered_by"),
                rs.getLong("version"));
    }
}
