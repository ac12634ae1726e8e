package org.zhiben.hazards;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The outcome of judging a finding against the determination standard in force, as this aggregate receives it: the
 * level, the clause the finding matches (required for a major hazard: "a finding that matches any clause is a major
 * hazard") and the code of the standard version applied (may be absent for a general hazard in a sector that has no
 * standard).
 */
public record HazardLevelOutcome(HazardLevel level, ClauseReference clause, String standardCode) {

    public HazardLevelOutcome {
        Require.notNull(level, "level");
        if (level == HazardLevel.MAJOR && clause == null) {
            throw new InvalidValueException("clause", "hazard.level.clause-required",
                    "a major hazard must name the clause of the determination standard it matches");
        }
        standardCode = standardCode == null || standardCode.isBlank() ? null : standardCode.strip();
        if (clause != null) {
            if (standardCode == null) {
                standardCode = clause.standardCode();
            } else if (!standardCode.equals(clause.standardCode())) {
                throw new InvalidValueException("clause", "hazard.level.clause-standard-mismatch",
                        "the clause belongs to standard " + clause.standardCode() + ", not " + standardCode,
                        clause.standardCode(), standardCode);
            }
        }
    }

    public static HazardLevelOutcome major(ClauseReference clause) {
        return new HazardLevelOutcome(HazardLevel.MAJOR, clause, clause.standardCode());
    }

    public static HazardLevelOutcome general(String standardCode) {
        return new HazardLevelOutcome(HazardLevel.GENERAL, null, standardCode);
    }

    /**
     * The level a determination gives: a finding that cites a clause of the standard in force is a major hazard, one
     * that cites none is a general hazard.
     */
    public static HazardLevelOutcome of(DeterminationResult result) {
        return result.level() == HazardLevel.MAJOR
                ? new HazardLevelOutcome(HazardLevel.MAJOR, result.clause(), result.standardCode())
                : general(null);
    }
}
