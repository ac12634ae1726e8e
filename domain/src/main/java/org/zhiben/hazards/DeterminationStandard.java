package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One version of a major-hazard determination standard (重大事故隐患判定标准) or of a department's key inspection items
 * (重点检查事项): a numbered list of clauses; a finding that matches any clause of the standard applying to the
 * enterprise's sector is a major hazard. Standards are revised over time, so each version is data with its own code
 * (e.g. {@code CHEM-2017}); a revision is imported under a new code that {@link #supersedes()} the old one, and the
 * old one stays for the hazards judged under it.
 * <p>
 * Only the {@link StandardCatalog} changes a standard once created: it sets the date it comes into force and marks
 * which newer version superseded it.
 */
public final class DeterminationStandard {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    /** The earliest and latest day a version may come into force: outside them a date is a typing error. */
    public static final LocalDate EARLIEST_EFFECTIVE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_EFFECTIVE = LocalDate.of(2100, 12, 31);

    private final String code;
    private final String title;
    private final String documentNumber;
    private final String issuer;
    private LocalDate effectiveFrom;
    private final String supersedes;
    private String supersededBy;
    private final Set<IndustryCode> sectors;
    private final DeterminationStandardKind kind;
    private final UnitCode definedBy;
    private final List<StandardClause> clauses;

    /**
     * @param code           the version's code, e.g. {@code CHEM-2017}: upper-case letters, digits and hyphens
     * @param title          the document's title
     * @param documentNumber its document number (文号), e.g. 安监总管三〔2017〕121号; required for a national standard
     * @param issuer         who issued it
     * @param effectiveFrom  when it comes into force; null while not (yet) in force
     * @param supersedes     code of the version it replaces, or null
     * @param supersededBy   code of the version that replaced it, or null
     * @param sectors        the industry sectors it applies to
     * @param kind           national standard or key inspection items
     * @param definedBy      for key inspection items, the unit that defined them; null for a national standard
     * @param clauses        its clauses, in document order, with unique numbers
     */
    public DeterminationStandard(String code, String title, String documentNumber, String issuer,
            LocalDate effectiveFrom, String supersedes, String supersededBy, Set<IndustryCode> sectors,
            DeterminationStandardKind kind, UnitCode definedBy, List<StandardClause> clauses) {
        this.code = validCode(code, "code");
        this.title = Require.maxLength(Require.notBlank(title, "title"), 200, "title");
        this.kind = Require.notNull(kind, "kind");
        this.documentNumber = documentNumber == null || documentNumber.isBlank() ? null
                : Require.maxLength(documentNumber.strip(), 100, "documentNumber");
        if (kind == DeterminationStandardKind.NATIONAL_STANDARD) {
            Require.notNull(this.documentNumber, "documentNumber");
        }
        this.issuer = Require.maxLength(Require.notBlank(issuer, "issuer"), 200, "issuer");
        this.effectiveFrom = effectiveFrom == null ? null : validEffectiveDate(effectiveFrom);
        this.supersedes = supersedes == null || supersedes.isBlank() ? null : validCode(supersedes, "supersedes");
        if (this.code.equals(this.supersedes)) {
            throw new InvalidValueException("supersedes", "hazard.standard.supersedes-itself",
                    "a standard cannot supersede itself: " + this.code, this.code);
        }
        this.supersededBy = supersededBy == null || supersededBy.isBlank() ? null
                : validCode(supersededBy, "supersededBy");
        this.sectors = Set.copyOf(Require.notEmpty(sectors, "sectors"));
        if ((kind == DeterminationStandardKind.KEY_INSPECTION_ITEMS) != (definedBy != null)) {
            throw new InvalidValueException("definedBy", "hazard.standard.defined-by.mismatch",
                    "key inspection items name the unit that defined them; a national standard names none");
        }
        this.definedBy = definedBy;
        this.clauses = List.copyOf(Require.notEmpty(clauses, "clauses"));
        Set<String> numbers = new HashSet<>();
        for (StandardClause clause : this.clauses) {
            if (!numbers.add(clause.number())) {
                throw new InvalidValueException("clauses", "hazard.standard.clause.duplicate",
                        "clause " + clause.number() + " appears twice in " + this.code, this.code, clause.number());
            }
        }
    }

    private static String validCode(String code, String field) {
        String value = Require.notBlank(code, field);
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValueException(field, "hazard.standard.code.invalid",
                    "a standard code is 2-40 upper-case letters, digits or hyphens, starting with a letter: " + value,
                    value);
        }
        return value;
    }

    /** The clause with this number, if the standard has one. */
    public Optional<StandardClause> clause(String number) {
        return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** Whether this standard applies to the sector. */
    public boolean covers(IndustryCode sector) {
        return sectors.contains(sector);
    }

    /** Whether the standard had come into force by the date (whether or not a successor replaced it since). */
    public boolean inEffectBy(LocalDate date) {
        return effectiveFrom != null && !effectiveFrom.isAfter(date);
    }

    void comeIntoForceOn(LocalDate date) {
        this.effectiveFrom = validEffectiveDate(Require.notNull(date, "effectiveFrom"));
    }

    private static LocalDate validEffectiveDate(LocalDate date) {
        if (date.isBefore(EARLIEST_EFFECTIVE) || date.isAfter(LATEST_EFFECTIVE)) {
            throw new InvalidValueException("effectiveFrom", "hazard.standard.effective-date.out-of-range",
                    "a standard comes into force between " + EARLIEST_EFFECTIVE + " and " + LATEST_EFFECTIVE,
                    date.toString(), EARLIEST_EFFECTIVE.toString(), LATEST_EFFECTIVE.toString());
        }
        return date;
    }

    void markSupersededBy(String successorCode) {
        this.supersededBy = successorCode;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String supersedes() {
        return supersedes;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public Set<IndustryCode> sectors() {
        return sectors;
    }

    public DeterminationStandardKind kind() {
        return kind;
    }

    public UnitCode definedBy() {
        return definedBy;
    }

    public List<StandardClause> clauses() {
        return clauses;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeterminationStandard that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return "DeterminationStandard[" + code + ", " + kind + ", effectiveFrom=" + effectiveFrom + ", sectors="
                + sectors + ", clauses=" + clauses.size() + "]";
    }
}
