package org.zhiben.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.zhiben.benchmarks.BenchmarkData.Enterprise;
import org.zhiben.benchmarks.BenchmarkData.Hazard;
import org.zhiben.benchmarks.BenchmarkData.Jurisdiction;
import org.zhiben.enforcement.persistence.ReporterCipher;

/**
 * Loads a {@link BenchmarkData} set into the application's own tables by bulk SQL: the reporting units' jurisdictions
 * and local governments by multi-row inserts into {@code organization.jurisdiction} and {@code organization.unit},
 * the enterprises by {@code COPY} into {@code enterprises.enterprise}, the hazards with their histories by {@code COPY}
 * into {@code hazards.major_hazard} (its secondary indexes dropped during the copy and created again from their own
 * definitions) and their numbering into {@code hazards.hazard_number_sequence}; the inspections, tip-offs and training
 * records by {@code COPY} into {@code enforcement.inspection}, {@code enforcement.tip_off} and
 * {@code training.training_record} (a named reporter's identity encrypted by the application's own
 * {@link ReporterCipher}, bound to the tip-off's id, as the tip-off adapter stores it; none for an anonymous tip-off);
 * then {@code ANALYZE}. Nothing goes
 * through the application's use cases, so no event is published and no audit entry written: the stock read model
 * is filled afterwards by its own rebuild, which reads the hazards' recorded histories.
 */
final class BenchmarkDataLoader {

    private static final String HAZARD_COLUMNS = "id, number, enterprise_id, jurisdiction, industry, location, "
            + "description, discovered_on, discovered_by, channel, source_reference, finding_attachments, level, "
            + "clause_standard_code, clause_number, standard_code, plan, status, current_deadline, listed, "
            + "overdue_noted_for_deadline, evidence, history, extensions, listings, escalations, registered_at, "
            + "updated_at, version";
    private static final String ENTERPRISE_COLUMNS = "id, credit_code, name, jurisdiction_code, industry_code, "
            + "high_risk, address, principal_name, principal_phone, controller_name, controller_phone, "
            + "standardisation_grade, status, version, created_at, updated_at";
    private static final String INSPECTION_COLUMNS = "id, enterprise_id, jurisdiction, industry, inspected_on, closed, "
            + "document, updated_at, version";
    private static final String TIP_OFF_COLUMNS = "id, enterprise_id, jurisdiction, industry, status, duplicate_of, "
            + "reporter_ciphertext, reporter_key_id, document, received_at, updated_at, version";
    private static final String TRAINING_COLUMNS = "id, enterprise_id, jurisdiction, industry, unit_name, masked_name, "
            + "id_last_digits, role, course, provider, started_on, ended_on, hours, exam, certificate_number, "
            + "recorded_at, recorded_by, version";

    private BenchmarkDataLoader() {
    }

    /** The plan's prefecture and industries, which the generator needs. */
    static String prefecture(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select jurisdiction_code from organization.prefecture")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<BenchmarkData.Industry> industries(DataSource dataSource) throws SQLException {
        List<BenchmarkData.Industry> industries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code, high_risk from organization.industry order by sort_order")) {
            while (rs.next()) {
                industries.add(new BenchmarkData.Industry(rs.getString(1), rs.getBoolean(2)));
            }
        }
        return industries;
    }

    /** The data set already loaded into this database (size, seed), if any. */
    static String loaded(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema if not exists benchmark");
            s.execute("create table if not exists benchmark.data_set (name text primary key, hazards bigint not null, "
                    + "load_seconds double precision not null, loaded_at timestamptz not null)");
            try (ResultSet rs = s.executeQuery("select name from benchmark.data_set")) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Loads everything; {@code progress} is told the number of hazards copied so far; {@code cipher} (the application's
     * bean) encrypts the named tip-off reporters.
     */
    static void load(DataSource dataSource, BenchmarkData data, String name, LongConsumer progress,
            ReporterCipher cipher) throws Exception {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            units(c, data.jurisdictions);
            c.commit();
            copy(c, "enterprises.enterprise", ENTERPRISE_COLUMNS, sink -> data.enterprises.forEach(e -> sink.row(
                    e.id(), e.creditCode(), e.name(), e.jurisdiction(), e.industry(), e.highRisk(), e.address(),
                    e.principalName(), e.principalPhone(), e.controllerName(), e.controllerPhone(), e.grade(),
                    e.status(), 0, e.createdAt(), e.createdAt())));
            c.commit();
            List<String> indexes = dropIndexes(c, "hazards", "major_hazard");
            copy(c, "hazards.major_hazard", HAZARD_COLUMNS, sink -> data.hazards(h -> {
                hazard(sink, h);
                if (sink.rows % 100_000 == 0) {
                    progress.accept(sink.rows);
                }
            }));
            c.commit();
            try (Statement s = c.createStatement()) {
                for (String index : indexes) {
                    s.execute(index);
                }
            }
            c.commit();
            copy(c, "enforcement.inspection", INSPECTION_COLUMNS, sink -> data.inspections(i -> sink.row(i.id(),
                    i.enterpriseId(), i.jurisdiction(), i.industry(), i.inspectedOn(), i.closed(), i.document(),
                    i.updatedAt(), 0)));
            copy(c, "enforcement.tip_off", TIP_OFF_COLUMNS, sink -> data.tipOffs(t -> {
                ReporterCipher.Sealed sealed = t.reporter() == null ? null : cipher.seal(t.reporter(),
                        t.id().toString());
                sink.row(t.id(), t.enterpriseId(), t.jurisdiction(), t.industry(), t.status(), null,
                        sealed == null ? null : sealed.ciphertext(), sealed == null ? null : sealed.keyId(),
                        t.document(), t.receivedAt(), t.updatedAt(), 0);
            }));
            copy(c, "training.training_record", TRAINING_COLUMNS, sink -> data.trainingRecords(t -> sink.row(t.id(),
                    t.enterpriseId(), t.jurisdiction(), t.industry(), null, t.maskedName(), t.idLastDigits(), t.role(),
                    t.course(), t.provider(), t.startedOn(), t.endedOn(), t.hours(), t.exam(), t.certificateNumber(),
                    t.recordedAt(), t.recordedBy(), 0)));
            c.commit();
            try (PreparedStatement ps = c.prepareStatement("insert into hazards.hazard_number_sequence (jurisdiction, "
                    + "year, last_value) values (?, ?, ?) on conflict (jurisdiction, year) do update set last_value = "
                    + "greatest(hazard_number_sequence.last_value, excluded.last_value)")) {
                for (Map.Entry<String, Integer> e : data.numberSequences.entrySet()) {
                    String[] key = e.getKey().split("\\|");
                    ps.setString(1, key[0]);
                    ps.setInt(2, Integer.parseInt(key[1]));
                    ps.setLong(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze organization.jurisdiction");
                s.execute("analyze organization.unit");
                s.execute("analyze enterprises.enterprise");
                s.execute("analyze hazards.major_hazard");
                s.execute("analyze enforcement.inspection");
                s.execute("analyze enforcement.tip_off");
                s.execute("analyze training.training_record");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into benchmark.data_set (name, hazards, "
                    + "load_seconds, loaded_at) values (?, ?, ?, now())")) {
                ps.setString(1, name);
                ps.setLong(2, data.size.hazards);
                ps.setDouble(3, (System.nanoTime() - start) / 1e9);
                ps.executeUpdate();
            }
        }
    }

    private static void units(Connection c, List<Jurisdiction> jurisdictions) throws SQLException {
        try (PreparedStatement j = c.prepareStatement("insert into organization.jurisdiction (code, name, name_en, "
                + "kind, parent_code, seconds_staff_to_office, sort_order) values (?, ?, ?, ?, ?, false, ?)");
                PreparedStatement u = c.prepareStatement("insert into organization.unit (code, name, short_name, "
                        + "name_en, kind, member_of_committee, hosted_by, jurisdiction_code, sort_order) "
                        + "values (?, ?, ?, ?, 'LOCAL_GOVERNMENT', ?, null, ?, ?)")) {
            int order = 1_000;
            for (Jurisdiction at : jurisdictions) {
                order++;
                j.setString(1, at.code());
                j.setString(2, at.name());
                j.setString(3, at.nameEn());
                j.setString(4, at.kind());
                j.setString(5, at.parent());
                j.setInt(6, order);
                j.addBatch();
                u.setString(1, at.unitCode());
                u.setString(2, at.unitName());
                u.setString(3, at.unitShortName());
                u.setString(4, at.unitNameEn());
                u.setBoolean(5, at.kind().equals("PORT_ADMINISTRATION"));
                u.setString(6, at.code());
                u.setInt(7, order);
                u.addBatch();
            }
            j.executeBatch();
            u.executeBatch();
        }
    }

    private static void hazard(CsvSink sink, Hazard h) {
        boolean determined = h.level() != null;
        sink.row(h.id(), h.number(), h.enterpriseId(), h.jurisdiction(), h.industry(), h.location(), h.description(),
                h.discoveredOn(), h.discoveredBy(), h.channel(), h.sourceReference(), "[]", h.level(),
                h.clauseNumber() == null ? null : BenchmarkData.CLAUSE_STANDARD, h.clauseNumber(),
                determined ? BenchmarkData.CLAUSE_STANDARD : null, h.plan(), h.status(), h.currentDeadline(),
                h.listed(), null, h.evidence(), h.history(), h.extensions(), h.listings(), "[]", h.registeredAt(),
                h.updatedAt(), h.version());
    }

    /** Drops the secondary (non-unique, non-primary-key) indexes of a table; returns their definitions. */
    private static List<String> dropIndexes(Connection c, String schema, String table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select i.indexname, i.indexdef from pg_indexes i "
                + "join pg_class x on x.relname = i.indexname join pg_index p on p.indexrelid = x.oid "
                + "where i.schemaname = ? and i.tablename = ? and not p.indisunique")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("drop index " + schema + "." + name);
            }
        }
        return definitions;
    }

    private interface Rows {
        void write(CsvSink sink) throws Exception;
    }

    private static void copy(Connection c, String table, String columns, Rows rows) throws Exception {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        try {
            CsvSink sink = new CsvSink(in);
            rows.write(sink);
            sink.flush();
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Writes CSV rows into a running COPY, a megabyte at a time; {@code null} is an empty unquoted field. */
    static final class CsvSink {
        private final CopyIn in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 21);
        private final StringBuilder line = new StringBuilder(4_096);
        long rows;

        CsvSink(CopyIn in) {
            this.in = in;
        }

        void row(Object... values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                if (value instanceof Number || value instanceof Boolean) {
                    line.append(value);
                } else {
                    String text = value instanceof Instant instant ? instant.toString() : value.toString();
                    line.append('"').append(text.replace("\"", "\"\"")).append('"');
                }
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            rows++;
            if (buffer.size() >= 1 << 20) {
                flush();
            }
        }

        void flush() {
            try {
                in.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
            buffer.reset();
        }
    }
}
