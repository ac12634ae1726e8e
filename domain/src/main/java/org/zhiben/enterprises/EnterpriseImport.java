package org.zhiben.enterprises;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Bulk import of enterprises from a sheet, one row per enterprise.
 * <ul>
 *   <li>Each row is checked on its own; every refused cell is reported with its line and column, and a refused row
 *       never stops the good ones.</li>
 *   <li>The import is idempotent by unified social credit code: a row for an unknown code creates an enterprise, a
 *       row equal to the stored enterprise leaves it unchanged, a differing row updates it.</li>
 *   <li>A credit code that appears twice in one file is refused on its second line
 *       ({@code enterprise.import.duplicate-in-file}).</li>
 *   <li>Whether an enterprise is high-risk follows from its industry; the sheet does not say it.</li>
 * </ul>
 * Columns: {@code creditCode, name, jurisdiction, industry, address, principalName, principalPhone, controllerName,
 * controllerPhone} (all required), {@code principalEmail} and {@code controllerEmail} (empty: no address),
 * {@code standardisationGrade} (empty: none) and {@code status} (empty: operating); the training-focus attributes
 * {@code hospitalGrade} (empty: no hospital), {@code keyCulturalRelicUnit} and {@code largeCommercialComplex} (是/否,
 * empty: no), and the fire-safety responsible person {@code fireSafetyName} and {@code fireSafetyPhone} (both or
 * neither).
 */
public final class EnterpriseImport {

    public static final List<String> COLUMNS = List.of("creditCode", "name", "jurisdiction", "industry", "address",
            "principalName", "principalPhone", "principalEmail", "controllerName", "controllerPhone", "controllerEmail",
            "standardisationGrade", "status", "hospitalGrade", "keyCulturalRelicUnit", "largeCommercialComplex",
            "fireSafetyName", "fireSafetyPhone");

    private final Predicate<JurisdictionCode> jurisdictionExists;
    private final Predicate<IndustryCode> industryExists;
    private final Predicate<IndustryCode> highRisk;
    private final Supplier<EnterpriseId> newIds;
    private final Function<String, Optional<JurisdictionCode>> jurisdictionNamed;
    private final Function<String, Optional<IndustryCode>> industryNamed;

    /**
     * A rule that reads jurisdictions and industries by their codes only.
     *
     * @param jurisdictionExists whether a jurisdiction is known
     * @param industryExists     whether an industry is known
     * @param highRisk           whether an (existing) industry is high-risk
     * @param newIds             identities for the enterprises created
     */
    public EnterpriseImport(Predicate<JurisdictionCode> jurisdictionExists, Predicate<IndustryCode> industryExists,
            Predicate<IndustryCode> highRisk, Supplier<EnterpriseId> newIds) {
        this(jurisdictionExists, industryExists, highRisk, newIds, name -> Optional.empty(), name -> Optional.empty());
    }

    /**
     * A rule that reads a jurisdiction or an industry by its code or by its name, as people fill in the sheet
     * ({@code 阿克陶县}, {@code 危险化学品}).
     *
     * @param jurisdictionNamed the jurisdiction of a name, if there is one
     * @param industryNamed     the industry of a name, if there is one
     */
    public EnterpriseImport(Predicate<JurisdictionCode> jurisdictionExists, Predicate<IndustryCode> industryExists,
            Predicate<IndustryCode> highRisk, Supplier<EnterpriseId> newIds,
            Function<String, Optional<JurisdictionCode>> jurisdictionNamed,
            Function<String, Optional<IndustryCode>> industryNamed) {
        this.jurisdictionNamed = Require.notNull(jurisdictionNamed, "jurisdictionNamed");
        this.industryNamed = Require.notNull(industryNamed, "industryNamed");
        this.jurisdictionExists = Require.notNull(jurisdictionExists, "jurisdictionExists");
        this.industryExists = Require.notNull(industryExists, "industryExists");
        this.highRisk = Require.notNull(highRisk, "highRisk");
        this.newIds = Require.notNull(newIds, "newIds");
    }

    /** The well-formed credit codes in the rows: the enterprises the caller must look up before {@link #run}. */
    public static Set<UnifiedSocialCreditCode> creditCodesIn(List<EnterpriseImportRow> rows) {
        Set<UnifiedSocialCreditCode> codes = new LinkedHashSet<>();
        for (EnterpriseImportRow row : rows) {
            try {
                codes.add(UnifiedSocialCreditCode.of(row.cell("creditCode")));
            } catch (InvalidValueException malformed) {
                // reported by run()
            }
        }
        return codes;
    }

    /**
     * Checks the rows and decides what to store.
     *
     * @param rows     the parsed rows, in file order
     * @param existing the stored enterprises for (at least) the credit codes of the rows, by credit code
     */
    public EnterpriseImportResult run(List<EnterpriseImportRow> rows,
            Map<UnifiedSocialCreditCode, Enterprise> existing) {
        return run(rows, existing, enterprise -> true);
    }

    /**
     * Checks the rows and decides what to store, refusing a row ({@code enterprise.import.out-of-scope}) when the
     * importer may not change the enterprise: neither the stored one nor the one the row would make may lie outside
     * {@code mayChange} (a county imports its own enterprises, a department those of its industries).
     */
    public EnterpriseImportResult run(List<EnterpriseImportRow> rows,
            Map<UnifiedSocialCreditCode, Enterprise> existing, Predicate<Enterprise> mayChange) {
        return run(rows, existing, mayChange, enterprise -> true);
    }

    /**
     * Checks the rows and decides what to store, as {@link #run(List, Map, Predicate)} does; in addition, a row that
     * changes the jurisdiction or the industry of a stored enterprise the importer does not supervise
     * ({@code supervises}; e.g. the enterprise's own safety manager) is refused with
     * {@code enterprise.jurisdiction.supervisor-only} or {@code enterprise.industry.supervisor-only}, as
     * {@link Enterprise#revise(EnterpriseProfile, boolean)} refuses it.
     */
    public EnterpriseImportResult run(List<EnterpriseImportRow> rows,
            Map<UnifiedSocialCreditCode, Enterprise> existing, Predicate<Enterprise> mayChange,
            Predicate<Enterprise> supervises) {
        Run run = start(mayChange, supervises);
        EnterpriseImportResult result = run.next(rows, existing);
        return new EnterpriseImportResult(run.report(), result.toCreate(), result.toUpdate());
    }

    /**
     * Starts an import whose rows come in consecutive parts (a file read as a stream): the rules are those of
     * {@link #run(List, Map, Predicate, Predicate)}, and a credit code is a duplicate when an earlier part had it.
     */
    public Run start(Predicate<Enterprise> mayChange, Predicate<Enterprise> supervises) {
        return new Run(Require.notNull(mayChange, "mayChange"), Require.notNull(supervises, "supervises"));
    }

    /** An import in progress: {@link #next} checks the next part of the rows, {@link #report} sums up all parts. */
    public final class Run {

        private final Predicate<Enterprise> mayChange;
        private final Predicate<Enterprise> supervises;
        private final Map<UnifiedSocialCreditCode, Integer> firstLines = new HashMap<>();
        private final List<RowError> errors = new ArrayList<>();
        private int rows;
        private int created;
        private int updated;
        private int unchanged;

        private Run(Predicate<Enterprise> mayChange, Predicate<Enterprise> supervises) {
            this.mayChange = mayChange;
            this.supervises = supervises;
        }

        /**
         * Checks the next rows and decides what to store of them.
         *
         * @param part     the next rows, in file order
         * @param existing the stored enterprises for (at least) the credit codes of these rows, by credit code
         * @return the enterprises to create and to update for these rows, with the report of these rows alone
         */
        public EnterpriseImportResult next(List<EnterpriseImportRow> part,
                Map<UnifiedSocialCreditCode, Enterprise> existing) {
            Require.notNull(part, "rows");
            Require.notNull(existing, "existing");
            List<RowError> partErrors = new ArrayList<>();
            List<Enterprise> toCreate = new ArrayList<>();
            List<Enterprise> toUpdate = new ArrayList<>();
            int partCreated = 0;
            int partUpdated = 0;
            int partUnchanged = 0;
            for (EnterpriseImportRow row : part) {
                RowReader reader = new RowReader(row, partErrors);
                UnifiedSocialCreditCode creditCode = reader.read("creditCode", UnifiedSocialCreditCode::of);
                Integer firstLine = creditCode == null ? null : firstLines.putIfAbsent(creditCode, row.lineNumber());
                if (firstLine != null) {
                    partErrors.add(new RowError(row.lineNumber(), "creditCode", "enterprise.import.duplicate-in-file",
                            "this credit code already appears on line " + firstLine, List.of(firstLine)));
                    continue;
                }
                EnterpriseProfile profile = readProfile(reader);
                if (creditCode == null || profile == null) {
                    continue;
                }
                Enterprise stored = existing.get(creditCode);
                Enterprise candidate = stored == null ? Enterprise.register(newIds.get(), creditCode, profile)
                        : Enterprise.reconstitute(stored.id(), creditCode, profile, stored.version());
                if (stored != null && !mayChange.test(stored) || !mayChange.test(candidate)) {
                    partErrors.add(new RowError(row.lineNumber(), "jurisdiction", "enterprise.import.out-of-scope",
                            "this enterprise is outside the data you may change", List.of()));
                    continue;
                }
                String supervisedField = stored == null || supervises.test(stored) ? null
                        : !stored.jurisdiction().equals(profile.jurisdiction()) ? "jurisdiction"
                        : !stored.industry().equals(profile.industry()) ? "industry" : null;
                if (supervisedField != null) {
                    partErrors.add(new RowError(row.lineNumber(), supervisedField,
                            "enterprise." + supervisedField + ".supervisor-only",
                            "only those who supervise the enterprise may change its " + supervisedField,
                            List.of(supervisedField)));
                    continue;
                }
                if (stored == null) {
                    toCreate.add(candidate);
                    partCreated++;
                } else if (stored.revise(profile)) {
                    toUpdate.add(stored);
                    partUpdated++;
                } else {
                    partUnchanged++;
                }
            }
            rows += part.size();
            created += partCreated;
            updated += partUpdated;
            unchanged += partUnchanged;
            errors.addAll(partErrors);
            return new EnterpriseImportResult(new ImportReport(partCreated, partUpdated, partUnchanged, partErrors),
                    toCreate, toUpdate);
        }

        /** The number of rows checked so far. */
        public int rows() {
            return rows;
        }

        /** The report of all rows checked so far. */
        public ImportReport report() {
            return new ImportReport(created, updated, unchanged, errors);
        }
    }

    private EnterpriseProfile readProfile(RowReader reader) {
        String name = reader.read("name", EnterpriseProfile::validName);
        JurisdictionCode jurisdiction = reader.read("jurisdiction", text -> text == null || text.isBlank()
                ? JurisdictionCode.of(text) : jurisdictionNamed.apply(text.strip())
                .orElseGet(() -> codeOrUnknown(text, JurisdictionCode::of, "jurisdiction")));
        if (jurisdiction != null && !jurisdictionExists.test(jurisdiction)) {
            reader.refuse("jurisdiction", "enterprise.jurisdiction.unknown", "unknown jurisdiction " + jurisdiction,
                    List.of(jurisdiction.value()));
            jurisdiction = null;
        }
        IndustryCode industry = reader.read("industry", text -> text == null || text.isBlank()
                ? IndustryCode.of(text) : industryNamed.apply(text.strip())
                .orElseGet(() -> codeOrUnknown(text, IndustryCode::of, "industry")));
        if (industry != null && !industryExists.test(industry)) {
            reader.refuse("industry", "enterprise.industry.unknown", "unknown industry " + industry,
                    List.of(industry.value()));
            industry = null;
        }
        String address = reader.read("address", EnterpriseProfile::validAddress);
        String principalName = reader.read("principalName", value -> Person.validName(value, "principalName"));
        String principalPhone = reader.read("principalPhone", value -> Person.validPhone(value, "principalPhone"));
        String controllerName = reader.read("controllerName", value -> Person.validName(value, "controllerName"));
        String controllerPhone = reader.read("controllerPhone",
                value -> Person.validPhone(value, "controllerPhone"));
        String principalEmail = reader.read("principalEmail", value -> Person.validEmail(value, "principalEmail"));
        String controllerEmail = reader.read("controllerEmail",
                value -> Person.validEmail(value, "controllerEmail"));
        StandardisationGrade grade = reader.read("standardisationGrade", StandardisationGrade::parse);
        EnterpriseStatus status = reader.read("status", EnterpriseStatus::parse);
        HospitalGrade hospitalGrade = reader.read("hospitalGrade", HospitalGrade::parse);
        Boolean relicUnit = reader.read("keyCulturalRelicUnit",
                value -> FocusAttributes.parseYesNo(value, "keyCulturalRelicUnit"));
        Boolean complex = reader.read("largeCommercialComplex",
                value -> FocusAttributes.parseYesNo(value, "largeCommercialComplex"));
        String fireSafetyName = reader.read("fireSafetyName", value -> value == null ? null
                : Person.validName(value, "fireSafetyName"));
        String fireSafetyPhone = reader.read("fireSafetyPhone", value -> value == null ? null
                : Person.validPhone(value, "fireSafetyPhone"));
        if (fireSafetyName != null && fireSafetyPhone == null && !reader.refused()) {
            reader.refuse("fireSafetyPhone", "validation.required", "fireSafetyPhone is required",
                    List.of("fireSafetyPhone"));
        }
        if (fireSafetyName == null && fireSafetyPhone != null && !reader.refused()) {
            reader.refuse("fireSafetyName", "validation.required", "fireSafetyName is required",
                    List.of("fireSafetyName"));
        }
        if (reader.refused()) {
            return null;
        }
        return new EnterpriseProfile(name, jurisdiction, industry, highRisk.test(industry), address,
                new Person(principalName, principalPhone, principalEmail),
                new Person(controllerName, controllerPhone, controllerEmail), grade, status,
                new FocusAttributes(hospitalGrade, relicUnit, complex,
                        fireSafetyName == null ? null : new Person(fireSafetyName, fireSafetyPhone)));
    }

    /** The code written in a cell that names nothing; a text that is no code either is an unknown name. */
    private static <T> T codeOrUnknown(String text, Function<String, T> code, String column) {
        try {
            return code.apply(text.strip());
        } catch (InvalidValueException notACode) {
            throw new InvalidValueException(column, "enterprise." + column + ".unknown",
                    "unknown " + column + " " + text.strip(), text.strip());
        }
    }

    /** Reads the cells of one row, collecting a {@link RowError} for each refused cell. */
    private static final class RowReader {

        private final EnterpriseImportRow row;
        private final List<RowError> errors;
        private boolean refused;

        RowReader(EnterpriseImportRow row, List<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        <T> T read(String column, Function<String, T> parser) {
            try {
                return parser.apply(row.cell(column));
            } catch (InvalidValueException e) {
                refuse(column, e.code(), e.getMessage(), e.arguments());
                return null;
            }
        }

        void refuse(String column, String code, String message, List<Object> arguments) {
            errors.add(new RowError(row.lineNumber(), column, code, message, arguments));
            refused = true;
        }

        boolean refused() {
            return refused;
        }
    }
}
