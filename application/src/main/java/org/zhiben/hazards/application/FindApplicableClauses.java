package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.NoStandardForSectorException;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.StandardClause;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;

/**
 * The clauses an enterprise of a sector can be judged under on a day (查找适用条款): the standard in force for the
 * sector (see {@link StandardCatalog#inForce}), with only the clause groups that fit the sector (see
 * {@link org.zhiben.hazards.StandardApplicability}). When no standard is in force for the sector it says so
 * ({@link NoStandardForSectorException}, 404 {@code hazard.standard.none-for-sector}) instead of finding nothing.
 */
public class FindApplicableClauses {

    private final DeterminationStandards standards;
    private final StandardApplicabilities applicabilities;
    private final Industries industries;

    public FindApplicableClauses(DeterminationStandards standards, StandardApplicabilities applicabilities,
            Industries industries) {
        this.standards = standards;
        this.applicabilities = applicabilities;
        this.industries = industries;
    }

    /** The standard in force for the sector on the day and its clauses that fit the sector. */
    public record ApplicableClauses(DeterminationStandard standard, IndustryCode sector, List<StandardClause> clauses) {
    }

    /** The applicable clauses; refused with {@link NoStandardForSectorException} when there are none. */
    public ApplicableClauses find(IndustryCode sector, LocalDate day) {
        return findIfAny(sector, day).orElseThrow(() -> new NoStandardForSectorException(sector, nameOf(sector), day));
    }

    /** The applicable clauses, if a standard with clauses for the sector is in force on the day. */
    public Optional<ApplicableClauses> findIfAny(IndustryCode sector, LocalDate day) {
        Require.notNull(sector, "sector");
        Require.notNull(day, "date");
        return new StandardCatalog(standards.findAll()).inForce(sector, day)
                .map(standard -> new ApplicableClauses(standard, sector,
                        applicabilities.of(standard.code()).clausesFor(standard, sector)))
                .filter(found -> !found.clauses().isEmpty());
    }

    /** The sector's name as the plan gives it (the code when the plan does not know it). */
    public String nameOf(IndustryCode sector) {
        return industries.findByCode(sector).map(Industry::name).orElse(sector.value());
    }
}
