package org.zhiben.hazards.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A row of {@code hazards.determination_standard} with its sectors and clauses. Only the date of entry into force,
 * the successor and the documentary notes ever change; the clauses are written once.
 */
@Entity
@Table(schema = "hazards", name = "determination_standard")
class DeterminationStandardJpaEntity {

    @Id
    private String code;
    private String title;
    @Column(name = "document_number")
    private String documentNumber;
    private String issuer;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String supersedes;
    @Column(name = "superseded_by")
    private String supersededBy;
    private String kind;
    @Column(name = "defined_by")
    private String definedBy;
    @Column(name = "source_notes")
    private String sourceNotes;
    private String notes;
    @Column(name = "imported_at", updatable = false)
    private Instant importedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(schema = "hazards", name = "determination_standard_sector",
            joinColumns = @JoinColumn(name = "standard_code"))
    @Column(name = "industry_code")
    @Fetch(FetchMode.SUBSELECT)
    private Set<String> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(schema = "hazards", name = "standard_clause", joinColumns = @JoinColumn(name = "standard_code"))
    @OrderColumn(name = "sort_order")
    @Fetch(FetchMode.SUBSELECT)
    private List<StandardClauseEmbeddable> clauses = new ArrayList<>();

    protected DeterminationStandardJpaEntity() {
    }

    DeterminationStandardJpaEntity(String code, String title, String documentNumber, String issuer,
            LocalDate effectiveFrom, String supersedes, String supersededBy, String kind, String definedBy,
            Set<String> sectors, List<StandardClauseEmbeddable> clauses, Instant importedAt) {
        this.code = code;
        this.title = title;
        this.documentNumber = documentNumber;
        this.issuer = issuer;
        this.effectiveFrom = effectiveFrom;
        this.supersedes = supersedes;
        this.supersededBy = supersededBy;
        this.kind = kind;
        this.definedBy = definedBy;
        this.sectors = new HashSet<>(sectors);
        this.clauses = new ArrayList<>(clauses);
        this.importedAt = importedAt;
    }

    void changeDates(LocalDate effectiveFrom, String supersededBy) {
        this.effectiveFrom = effectiveFrom;
        this.supersededBy = supersededBy;
    }

    void describe(String sourceNotes, String notes) {
        this.sourceNotes = sourceNotes;
        this.notes = notes;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getSupersedes() {
        return supersedes;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public String getKind() {
        return kind;
    }

    public String getDefinedBy() {
        return definedBy;
    }

    public String getSourceNotes() {
        return sourceNotes;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public List<StandardClauseEmbeddable> getClauses() {
        return clauses;
    }
}
