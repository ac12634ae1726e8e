package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.StandardClause;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;

/**
 * The checklist of an inspection: the clauses of the determination standard (or the key inspection items) in force for
 * the enterprise's sector on the inspection day that fit the sector, one item per clause (its number as the item's
 * code); a finding cites a clause of that standard.
 */
public class FindInspectionChecklist {

    /** The longest text a checklist item keeps. */
    static final int ITEM_TEXT = 500;

    /** The standard in force and its clauses that fit the sector. */
    public record Checklist(DeterminationStandard standard, List<StandardClause> clauses) {

        /** One checklist item per clause. */
        public List<RecordInspection.Item> items() {
            return clauses.stream().map(c -> new RecordInspection.Item(c.number(), c.text().length() <= ITEM_TEXT
                    ? c.text() : c.text().substring(0, ITEM_TEXT - 1) + "…")).toList();
        }
    }

    private final EnforcementStore store;
    private final DeterminationStandards standards;
    private final StandardApplicabilities applicabilities;

    public FindInspectionChecklist(EnforcementStore store, DeterminationStandards standards,
            StandardApplicabilities applicabilities) {
        this.store = store;
        this.standards = standards;
        this.applicabilities = applicabilities;
    }

    /** The checklist for an enterprise inside the caller's scope (else 403) on the day; empty without a standard. */
    public Optional<Checklist> forEnterprise(UUID enterpriseId, LocalDate day) {
        Enterprise enterprise = store.enterpriseToActOn(enterpriseId);
        return forSector(enterprise.industry(), day);
    }

    /** The checklist for the sector on the day; empty when no standard with clauses for it is in force. */
    public Optional<Checklist> forSector(IndustryCode sector, LocalDate day) {
        Require.notNull(day, "day");
        if (sector == null) {
            return Optional.empty();
        }
        return new StandardCatalog(standards.findAll()).inForce(sector, day)
                .map(standard -> new Checklist(standard, applicabilities.of(standard.code())
                        .clausesFor(standard, sector)))
                .filter(found -> !found.clauses().isEmpty());
    }
}
