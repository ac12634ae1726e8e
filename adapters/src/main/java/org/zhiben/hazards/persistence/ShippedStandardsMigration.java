package org.zhiben.hazards.persistence;

import org.zhiben.hazards.standards.StandardDocument;
import org.zhiben.hazards.storage.StandardNotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.StandardClause;
import org.zhiben.platform.plan.PlanDocument;
import org.zhiben.platform.plan.PlanDocuments;
import org.zhiben.platform.plan.YamlNode;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/**
 * Loads the national determination standards shipped with the application ({@code classpath:standards/*.yaml},
 * public data) into {@code hazards}: a repeatable Flyway migration whose checksum covers every file of the set, so it
 * runs again whenever a file is added or changed, like the plan's reference data
 * ({@link org.zhiben.platform.plan.PlanReferenceDataMigration}).
 * <p>
 * Why a migration rather than an {@code ApplicationRunner} calling {@code ImportStandard}: the standards are in place
 * before the application serves its first request or determines its first hazard, in the same transaction as the
 * schema, and {@code flyway_schema_history} records which set of files was loaded. The rules are still the domain's:
 * every file becomes a {@link DeterminationStandard} (which checks it) and is added through
 * {@link StandardCatalog#importVersion}, so a file that supersedes another marks its predecessor as superseded,
 * exactly as an import through the API does.
 * <p>
 * The plan says which of its industries each standard applies to and which clause groups fit each industry
 * ({@value #PLAN_FILE} in the plan's folder, optional): a mapped standard covers the plan's industries instead of the
 * national sector names of its file, and an enterprise of an industry finds only the clauses of its groups
 * ({@code hazards.standard_group_industry}). A mapped group the standard does not have stops the start-up.
 * <p>
 * A version already stored is never rewritten: hazards refer to its clause texts. Only its documentary notes and the
 * plan's mapping are refreshed; a shipped file whose clauses differ from the stored version is reported in the log and otherwise left
 * alone (a revision must come as a new version with its own code). A file that cannot be read, has an unknown sector
 * or breaks a rule of the catalog stops the start-up.
 */
@Component
class ShippedStandardsMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ShippedStandardsMigration.class);
    static final String LOCATION = "classpath*:standards/*.yaml";
    static final String PLAN_FILE = "standards.yaml";

    private final Clock clock;
    private final PlanDocuments plan;
    private Map<String, byte[]> files;
    private Optional<PlanDocument> mapping;

    ShippedStandardsMigration(Clock clock, PlanDocuments plan) {
        this.clock = clock;
        this.plan = plan;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "shipped determination standards";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        files().forEach((name, content) -> {
            crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(content);
        });
        mapping().ifPresent(document -> crc.update(document.content()));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<ParsedFile> documents = new ArrayList<>();
        files().forEach((name, content) -> documents.add(parse(name, content)));
        StandardCatalog catalog = new StandardCatalog(storedStandards(connection));
        Map<String, Map<IndustryCode, List<String>>> groups = groupsByStandard();
        for (ParsedFile file : inSupersessionOrder(documents)) {
            DeterminationStandard shipped = mapped(file.document().toStandard(), groups.get(file.document()
                    .command().code()), file.name());
            var stored = catalog.find(shipped.code());
            if (stored.isPresent()) {
                if (!stored.get().clauses().equals(shipped.clauses())) {
                    log.warn("Shipped standard {} ({}) differs from the stored version; the stored clauses are kept",
                            shipped.code(), file.name());
                }
            } else {
                try {
                    for (DeterminationStandard changed : catalog.importVersion(shipped)) {
                        if (changed == shipped) {
                            insert(connection, shipped);
                        } else {
                            execute(connection, "UPDATE hazards.determination_standard SET superseded_by = ?, "
                                    + "version = version + 1 WHERE code = ?", changed.supersededBy(), changed.code());
                        }
                    }
                } catch (DomainException e) {
                    throw new IllegalStateException("Shipped standard " + file.name() + " is refused: "
                            + e.getMessage(), e);
                }
            }
            StandardNotes.Notes notes = file.document().notes();
            execute(connection, "UPDATE hazards.determination_standard SET source_notes = ?, notes = ? WHERE code = ?",
                    notes.sourceNotes(), notes.notes(), shipped.code());
            Map<IndustryCode, List<String>> byIndustry = groups.get(shipped.code());
            if (byIndustry != null) {
                execute(connection, "DELETE FROM hazards.determination_standard_sector WHERE standard_code = ?",
                        shipped.code());
                for (IndustryCode industry : byIndustry.keySet()) {
                    execute(connection, "INSERT INTO hazards.determination_standard_sector (standard_code, "
                            + "industry_code) VALUES (?, ?)", shipped.code(), industry.value());
                }
                execute(connection, "DELETE FROM hazards.standard_group_industry WHERE standard_code = ?",
                        shipped.code());
                for (Map.Entry<IndustryCode, List<String>> entry : byIndustry.entrySet()) {
                    for (String group : entry.getValue()) {
                        execute(connection, "INSERT INTO hazards.standard_group_industry (standard_code, "
                                + "industry_code, grp) VALUES (?, ?, ?)", shipped.code(), entry.getKey().value(), group);
                    }
                }
            }
        }
        Set<String> shippedCodes = new HashSet<>();
        documents.forEach(f -> shippedCodes.add(f.document().command().code()));
        for (String code : groups.keySet()) {
            if (!shippedCodes.contains(code)) {
                throw new IllegalStateException("Plan file " + PLAN_FILE + " maps " + code
                        + ", which is not a shipped standard");
            }
        }
    }

    /**
     * The shipped version with the plan's industries as its sectors, when the plan maps it; every mapped group must be
     * a group of its clauses.
     */
    private static DeterminationStandard mapped(DeterminationStandard s, Map<IndustryCode, List<String>> byIndustry,
            String fileName) {
        if (byIndustry == null) {
            return s;
        }
        Set<String> known = new HashSet<>();
        s.clauses().forEach(clause -> known.add(clause.group()));
        byIndustry.forEach((industry, groups) -> groups.forEach(group -> {
            if (!known.contains(group)) {
                throw new IllegalStateException("Plan file " + PLAN_FILE + " maps group " + group + " of " + s.code()
                        + " to " + industry + ", but " + fileName + " has no such group");
            }
        }));
        return new DeterminationStandard(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                s.supersedes(), s.supersededBy(), byIndustry.keySet(), s.kind(), s.definedBy(), s.clauses());
    }

    /** The plan's mapping: for each standard code, the groups of each industry, in the plan's order. */
    private Map<String, Map<IndustryCode, List<String>>> groupsByStandard() {
        Map<String, Map<IndustryCode, List<String>>> result = new LinkedHashMap<>();
        mapping().ifPresent(document -> {
            for (YamlNode standard : document.root().list("standards")) {
                Map<IndustryCode, List<String>> byIndustry = new LinkedHashMap<>();
                for (YamlNode industry : standard.list("industries")) {
                    List<String> groups = industry.strings("groups");
                    if (groups.isEmpty()) {
                        throw new IllegalStateException(industry.path() + ".groups names no group");
                    }
                    byIndustry.put(IndustryCode.of(industry.requiredString("industry")), groups);
                }
                if (result.put(standard.requiredString("code"), byIndustry) != null) {
                    throw new IllegalStateException(standard.path() + " maps " + standard.requiredString("code")
                            + " a second time");
                }
            }
        });
        return result;
    }

    private synchronized Optional<PlanDocument> mapping() {
        if (mapping == null) {
            mapping = plan.readIfPresent(PLAN_FILE);
        }
        return mapping;
    }

    private static ParsedFile parse(String name, byte[] content) {
        try {
            return new ParsedFile(name, StandardDocument.parse(content));
        } catch (DomainException e) {
            throw new IllegalStateException("Shipped standard " + name + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** Predecessors before the versions that supersede them. */
    private static List<ParsedFile> inSupersessionOrder(List<ParsedFile> documents) {
        List<ParsedFile> pending = new ArrayList<>(documents);
        pending.sort(Comparator.comparing(f -> f.document().command().code()));
        Set<String> shippedCodes = new HashSet<>();
        pending.forEach(f -> shippedCodes.add(f.document().command().code()));
        List<ParsedFile> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            ParsedFile next = pending.stream()
                    .filter(f -> {
                        String predecessor = f.document().command().supersedes();
                        return predecessor == null || !shippedCodes.contains(predecessor) || placed.contains(predecessor);
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Shipped standards supersede each other in a cycle"));
            pending.remove(next);
            ordered.add(next);
            placed.add(next.document().command().code());
        }
        return ordered;
    }

    private void insert(Connection connection, DeterminationStandard s) throws SQLException {
        execute(connection, """
                        INSERT INTO hazards.determination_standard (code, title, document_number, issuer,
                            effective_from, supersedes, superseded_by, kind, defined_by, imported_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(), s.supersedes(),
                s.supersededBy(), s.kind().name(), s.definedBy() == null ? null : s.definedBy().value(),
                Timestamp.from(clock.instant()));
        for (IndustryCode sector : s.sectors()) {
            execute(connection, "INSERT INTO hazards.determination_standard_sector (standard_code, industry_code) "
                    + "VALUES (?, ?)", s.code(), sector.value());
        }
        List<StandardClause> clauses = s.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            StandardClause clause = clauses.get(i);
            execute(connection, "INSERT INTO hazards.standard_clause (standard_code, number, grp, text, sort_order) "
                    + "VALUES (?, ?, ?, ?, ?)", s.code(), clause.number(), clause.group(), clause.text(), i);
        }
    }

    /** The versions stored so far, read with plain SQL (the JPA layer is not up while Flyway migrates). */
    private static List<DeterminationStandard> storedStandards(Connection connection) throws SQLException {
        Map<String, Set<IndustryCode>> sectors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT standard_code, industry_code FROM hazards.determination_standard_sector");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sectors.computeIfAbsent(rows.getString(1), code -> new HashSet<>())
                        .add(IndustryCode.of(rows.getString(2)));
            }
        }
        Map<String, List<StandardClause>> clauses = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT standard_code, number, grp, text FROM hazards.standard_clause ORDER BY standard_code, sort_order");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                clauses.computeIfAbsent(rows.getString(1), code -> new ArrayList<>())
                        .add(new StandardClause(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        List<DeterminationStandard> standards = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT code, title, document_number, issuer, effective_from, supersedes, superseded_by, kind,
                       defined_by
                FROM hazards.determination_standard""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString("code");
                java.sql.Date effectiveFrom = rows.getDate("effective_from");
                String definedBy = rows.getString("defined_by");
                standards.add(new DeterminationStandard(code, rows.getString("title"),
                        rows.getString("document_number"), rows.getString("issuer"),
                        effectiveFrom == null ? null : effectiveFrom.toLocalDate(), rows.getString("supersedes"),
                        rows.getString("superseded_by"), sectors.getOrDefault(code, Set.of()),
                        DeterminationStandardKind.valueOf(rows.getString("kind")),
                        definedBy == null ? null : UnitCode.of(definedBy), clauses.getOrDefault(code, List.of())));
            }
        }
        return standards;
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i] instanceof LocalDate date ? java.sql.Date.valueOf(date)
                        : values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The shipped files by name, read once. */
    private synchronized Map<String, byte[]> files() {
        if (files == null) {
            try {
                Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
                Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
                Map<String, byte[]> read = new LinkedHashMap<>();
                for (Resource resource : resources) {
                    try (InputStream in = resource.getInputStream()) {
                        read.put(resource.getFilename(), in.readAllBytes());
                    }
                }
                files = read;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the shipped standards " + LOCATION, e);
            }
        }
        return files;
    }

    private record ParsedFile(String name, StandardDocument document) {
    }
}
