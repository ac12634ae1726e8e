package org.zhiben.enterprises.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;

/**
 * Reads and writes many rows of {@code enterprises.enterprise} at once over the transaction's JDBC connection, for the
 * bulk import: the rows of many credit codes in one query, new rows by {@code COPY}, changed rows in one JDBC batch of
 * updates that each check the version. The rows are not managed by Hibernate (nothing is kept in the persistence
 * context), so the memory they take ends with the part of the import that asked for them.
 */
final class EnterpriseRows {

    private static final String COLUMNS = "id, credit_code, name, jurisdiction_code, industry_code, high_risk, address, "
            + "principal_name, principal_phone, principal_email, controller_name, controller_phone, controller_email, "
            + "standardisation_grade, status, hospital_grade, key_cultural_relic_unit, large_commercial_complex, "
            + "fire_safety_name, fire_safety_phone, version, created_at, updated_at";

    private static final String UPDATE = "update enterprises.enterprise set name = ?, jurisdiction_code = ?, "
            + "industry_code = ?, high_risk = ?, address = ?, principal_name = ?, principal_phone = ?, "
            + "principal_email = ?, controller_name = ?, controller_phone = ?, controller_email = ?, "
            + "standardisation_grade = ?, status = ?, hospital_grade = ?, key_cultural_relic_unit = ?, "
            + "large_commercial_complex = ?, fire_safety_name = ?, fire_safety_phone = ?, version = version + 1, "
            + "updated_at = ? where id = ? and version = ?";

    private EnterpriseRows() {
    }

    /** The stored enterprises of the credit codes, in one query (the codes are bound as one array). */
    static Map<UnifiedSocialCreditCode, Enterprise> findByCreditCodes(Connection connection, String[] codes)
            throws SQLException {
        Map<UnifiedSocialCreditCode, Enterprise> found = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select " + COLUMNS + " from enterprises.enterprise where credit_code = any(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", codes));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Enterprise enterprise = toDomain(rows);
                    found.put(enterprise.creditCode(), enterprise);
                }
            }
        }
        return found;
    }

    /** Inserts new enterprises at version 0 with one {@code COPY}. */
    static void insert(Connection connection, Collection<Enterprise> created, Instant now) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        String timestamp = now.toString();
        StringBuilder data = new StringBuilder(created.size() * 400);
        for (Enterprise enterprise : created) {
            EnterpriseProfile profile = enterprise.profile();
            FocusAttributes focus = profile.focus();
            Person fireSafety = focus.fireSafetyResponsible();
            field(data, enterprise.id().value().toString());
            field(data, enterprise.creditCode().value());
            field(data, profile.name());
            field(data, profile.jurisdiction().value());
            field(data, profile.industry().value());
            field(data, profile.highRisk() ? "t" : "f");
            field(data, profile.address());
            field(data, profile.principal().name());
            field(data, profile.principal().phone());
            field(data, profile.principal().email());
            field(data, profile.actualController().name());
            field(data, profile.actualController().phone());
            field(data, profile.actualController().email());
            field(data, profile.standardisationGrade().name());
            field(data, profile.status().name());
            field(data, focus.hospitalGrade().name());
            field(data, focus.keyCulturalRelicUnit() ? "t" : "f");
            field(data, focus.largeCommercialComplex() ? "t" : "f");
            field(data, fireSafety == null ? null : fireSafety.name());
            field(data, fireSafety == null ? null : fireSafety.phone());
            field(data, "0");
            field(data, timestamp);
            data.append(timestamp).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy enterprises.enterprise (" + COLUMNS + ") from stdin", new StringReader(data.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the new enterprises to the database", e);
        }
    }

    /**
     * Updates changed enterprises in one batch; each update raises the version by one and applies only while the
     * stored version is still the enterprise's, otherwise the enterprise is refused as changed meanwhile.
     */
    static void update(Connection connection, List<Enterprise> changed, Instant now) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        Timestamp timestamp = Timestamp.from(now);
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Enterprise enterprise : changed) {
                EnterpriseProfile profile = enterprise.profile();
                FocusAttributes focus = profile.focus();
                Person fireSafety = focus.fireSafetyResponsible();
                update.setString(1, profile.name());
                update.setString(2, profile.jurisdiction().value());
                update.setString(3, profile.industry().value());
                update.setBoolean(4, profile.highRisk());
                update.setString(5, profile.address());
                update.setString(6, profile.principal().name());
                update.setString(7, profile.principal().phone());
                update.setString(8, profile.principal().email());
                update.setString(9, profile.actualController().name());
                update.setString(10, profile.actualController().phone());
                update.setString(11, profile.actualController().email());
                update.setString(12, profile.standardisationGrade().name());
                update.setString(13, profile.status().name());
                update.setString(14, focus.hospitalGrade().name());
                update.setBoolean(15, focus.keyCulturalRelicUnit());
                update.setBoolean(16, focus.largeCommercialComplex());
                update.setString(17, fireSafety == null ? null : fireSafety.name());
                update.setString(18, fireSafety == null ? null : fireSafety.phone());
                update.setTimestamp(19, timestamp);
                update.setObject(20, enterprise.id().value(), Types.OTHER);
                update.setLong(21, enterprise.version());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            List<Enterprise> stale = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    stale.add(changed.get(i));
                }
            }
            if (!stale.isEmpty()) {
                Enterprise first = stale.get(0);
                throw new StaleVersionException("enterprise", first.id(), first.version(),
                        storedVersion(connection, first.id().value()));
            }
        }
    }

    private static long storedVersion(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select version from enterprises.enterprise where id = ?")) {
            query.setObject(1, id, Types.OTHER);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    /** A text field of {@code COPY}'s text format followed by a tab: NULL as \N, backslash and controls escaped. */
    private static void field(StringBuilder data, String value) {
        if (value == null) {
            data.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> data.append("\\\\");
                    case '\t' -> data.append("\\t");
                    case '\n' -> data.append("\\n");
                    case '\r' -> data.append("\\r");
                    default -> data.append(c);
                }
            }
        }
        data.append('\t');
    }

    private static Enterprise toDomain(ResultSet row) throws SQLException {
        String fireSafetyName = row.getString("fire_safety_name");
        EnterpriseProfile profile = new EnterpriseProfile(row.getString("name"),
                JurisdictionCode.of(row.getString("jurisdiction_code")),
                IndustryCode.of(row.getString("industry_code")), row.getBoolean("high_risk"), row.getString("address"),
                new Person(row.getString("principal_name"), row.getString("principal_phone"),
                        row.getString("principal_email")),
                new Person(row.getString("controller_name"), row.getString("controller_phone"),
                        row.getString("controller_email")),
                StandardisationGrade.valueOf(row.getString("standardisation_grade")),
                EnterpriseStatus.valueOf(row.getString("status")),
                new FocusAttributes(HospitalGrade.valueOf(row.getString("hospital_grade")),
                        row.getBoolean("key_cultural_relic_unit"), row.getBoolean("large_commercial_complex"),
                        fireSafetyName == null ? null : new Person(fireSafetyName, row.getString("fire_safety_phone"))));
        return Enterprise.reconstitute(new EnterpriseId(row.getObject("id", UUID.class)),
                UnifiedSocialCreditCode.of(row.getString("credit_code")), profile, row.getLong("version"));
    }
}
