package org.zhiben.hazards.standards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.StandardClause;
import org.zhiben.hazards.application.ImportStandardCommand;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * One version of a determination standard as a YAML document: {@code code, title, document_number, issuer,
 * effective_from, supersedes, sectors, source_notes, notes, clauses[number, group, text]}, and for key inspection
 * items {@code kind: KEY_INSPECTION_ITEMS} with {@code defined_by} (a unit code). {@code supersedes} is the code of
 * the version it replaces; where it is instead the title of a document never held as a version (the mines and 工贸
 * standards name their 2017 predecessors so), that title is kept at the head of the notes and the version replaces no
 * stored version. Every refusal names the value in the document ({@code clauses[3].text}); a key the shape does not
 * have is refused rather than ignored.
 */
public record StandardDocument(ImportStandardCommand command, StandardNotes.Notes notes) {

    private static final Set<String> KEYS = Set.of("code", "title", "document_number", "issuer", "effective_from",
            "supersedes", "sectors", "source_notes", "notes", "clauses", "kind", "defined_by");
    private static final Set<String> CLAUSE_KEYS = Set.of("number", "group", "text");
    /** What a version code looks like; a {@code supersedes} that is not one names a document outside the catalog. */
    private static final java.util.regex.Pattern VERSION_CODE = java.util.regex.Pattern.compile(
            "[A-Za-z][A-Za-z0-9-]{1,39}");

    public static StandardDocument parse(byte[] content) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new DatesAsText(options)).load(new String(content, StandardCharsets.UTF_8));
        } catch (DuplicateKeyException e) {
            String key = e.getProblem() == null ? "" : e.getProblem().replaceAll("^found duplicate key ", "");
            throw new InvalidValueException("file", "hazard.standard.yaml.duplicate-key",
                    "a field appears more than once in the YAML file", key.length() > 100 ? key.substring(0, 100) : key);
        } catch (RuntimeException e) {
            throw new InvalidValueException("file", "hazard.standard.yaml.unreadable",
                    "the file is not a readable YAML document");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidValueException("file", "hazard.standard.yaml.not-a-mapping",
                    "the YAML document must be a mapping of the standard's fields", "file");
        }
        requireKnownKeys(map, KEYS, "");
        String kindText = string(map, "kind", "kind");
        DeterminationStandardKind kind = kindText == null ? DeterminationStandardKind.NATIONAL_STANDARD
                : enumValue(kindText);
        String definedBy = string(map, "defined_by", "defined_by");
        String supersedes = string(map, "supersedes", "supersedes");
        String notes = string(map, "notes", "notes");
        if (supersedes != null && !supersedes.isBlank() && !VERSION_CODE.matcher(supersedes.strip()).matches()) {
            // the title of a document that was never held as a version here (e.g. the 2017 mines standard): it is
            // kept with the notes, and the version supersedes no stored version
            notes = "Supersedes (a document not held as a version): " + supersedes.strip()
                    + (notes == null ? "" : "\n" + notes);
            supersedes = null;
        }
        ImportStandardCommand command = new ImportStandardCommand(required(map, "code"), string(map, "title", "title"),
                string(map, "document_number", "document_number"), string(map, "issuer", "issuer"),
                date(map.get("effective_from")), supersedes, sectors(map.get("sectors")),
                kind, definedBy == null ? null : UnitCode.of(definedBy), clauses(map.get("clauses")));
        return new StandardDocument(command,
                new StandardNotes.Notes(string(map, "source_notes", "source_notes"), notes));
    }

    /** The version this document describes, checked by the domain's rules. */
    public DeterminationStandard toStandard() {
        return new DeterminationStandard(command.code(), command.title(), command.documentNumber(), command.issuer(),
                command.effectiveFrom(), command.supersedes(), null, command.sectors(), command.kind(),
                command.definedBy(), command.clauses());
    }

    private static Set<IndustryCode> sectors(Object value) {
        if (value == null) {
            throw new InvalidValueException("sectors", "validation.required", "sectors is required", "sectors");
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidValueException("sectors", "hazard.standard.yaml.not-a-list", "sectors must be a list",
                    "sectors");
        }
        Set<IndustryCode> sectors = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            sectors.add(SectorSlugs.industry(list.get(i) == null ? null : String.valueOf(list.get(i)),
                    "sectors[" + i + "]"));
        }
        return sectors;
    }

    private static List<StandardClause> clauses(Object value) {
        if (value == null) {
            throw new InvalidValueException("clauses", "validation.required", "clauses is required", "clauses");
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidValueException("clauses", "hazard.standard.yaml.not-a-list", "clauses must be a list",
                    "clauses");
        }
        List<StandardClause> clauses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "clauses[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> clause)) {
                throw new InvalidValueException(prefix, "hazard.standard.yaml.not-a-mapping",
                        prefix + " must be a mapping of number, group and text", prefix);
            }
            requireKnownKeys(clause, CLAUSE_KEYS, prefix + ".");
            try {
                clauses.add(new StandardClause(string(clause, "number", prefix + ".number"),
                        string(clause, "group", prefix + ".group"), string(clause, "text", prefix + ".text")));
            } catch (InvalidValueException e) {
                String field = prefix + "." + e.field().replace("clause.", "");
                throw new InvalidValueException(field, e.code(), e.getMessage(), renamed(e, field));
            }
        }
        return clauses;
    }

    private static Object[] renamed(InvalidValueException e, String field) {
        List<Object> arguments = new ArrayList<>(e.arguments());
        if (!arguments.isEmpty() && arguments.get(0) instanceof String) {
            arguments.set(0, field);
        }
        return arguments.toArray();
    }

    private static void requireKnownKeys(Map<?, ?> map, Set<String> keys, String prefix) {
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new InvalidValueException(prefix + key, "hazard.standard.yaml.unknown-field",
                        "the standard's YAML shape has no field " + prefix + key, prefix + key);
            }
        }
    }

    private static String required(Map<?, ?> map, String key) {
        String value = string(map, key, key);
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(key, "validation.required", key + " is required", key);
        }
        return value;
    }

    private static String string(Map<?, ?> map, String key, String field) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new InvalidValueException(field, "hazard.standard.yaml.not-a-text", field + " must be a text",
                    field);
        }
        return String.valueOf(value);
    }

    /**
     * Dates are read as the text they are, then parsed strictly: SnakeYAML's own timestamps go through a lenient
     * {@code java.util.Calendar}, which turns {@code 2024-02-30} into 1 March and {@code 0000-01-01} into a day of
     * the year -1.
     */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (RuntimeException e) {
            throw new InvalidValueException("effective_from", "hazard.standard.yaml.not-a-date",
                    "effective_from must be a date (yyyy-MM-dd)", "effective_from");
        }
    }

    /** SnakeYAML's safe constructor, except that a timestamp stays the text it was written as. */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static DeterminationStandardKind enumValue(String value) {
        try {
            return DeterminationStandardKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", "validation.enum", "unknown kind " + value, "kind", value);
        }
    }
}
