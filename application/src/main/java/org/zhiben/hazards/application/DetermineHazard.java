package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.Determination;
import org.zhiben.hazards.DeterminationRequest;
import org.zhiben.hazards.DeterminationResult;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.shared.IndustryCode;

/**
 * Determines the level of a finding against the standards stored: major when it cites a clause of the standard
 * applying to the enterprise's sector on the day of discovery, general when it cites none; any other citation is
 * refused (see {@link Determination}).
 */
public class DetermineHazard {

    private final DeterminationStandards standards;
    private final org.zhiben.hazards.StandardApplicabilities applicabilities;

    /** Every clause of a standard applies to every sector it covers. */
    public DetermineHazard(DeterminationStandards standards) {
        this(standards, org.zhiben.hazards.StandardApplicability::allClauses);
    }

    /** Only the clause groups that fit the sector apply (see {@link org.zhiben.hazards.StandardApplicability}). */
    public DetermineHazard(DeterminationStandards standards,
            org.zhiben.hazards.StandardApplicabilities applicabilities) {
        this.standards = standards;
        this.applicabilities = applicabilities;
    }

    public DeterminationResult determine(DeterminationRequest request) {
        return Determination.determine(request, new StandardCatalog(standards.findAll()), applicabilities);
    }

    /** The level a finding of the industry, discovered that day and citing {@code clause} (or none), is given. */
    public HazardLevelOutcome outcome(IndustryCode industry, LocalDate discoveredOn, ClauseReference clause) {
        return HazardLevelOutcome.of(determine(new DeterminationRequest(industry, discoveredOn, clause)));
    }
}
