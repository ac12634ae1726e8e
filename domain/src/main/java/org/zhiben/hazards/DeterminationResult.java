package org.zhiben.hazards;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The level of a finding and, for a major hazard, the clause it matches with the clause's text as it stood in the
 * version the finding was judged under.
 */
public record DeterminationResult(HazardLevel level, ClauseReference clause, String standardCode, String clauseText) {

    public DeterminationResult {
        Require.notNull(level, "level");
        if (level == HazardLevel.MAJOR) {
            Require.notNull(clause, "clause");
            Require.notBlank(standardCode, "standardCode");
            Require.notBlank(clauseText, "clauseText");
        } else if (clause != null || standardCode != null || clauseText != null) {
            throw new InvalidValueException("clause", "hazard.determination.general-with-clause",
                    "a general hazard matches no clause");
        }
    }

    public static DeterminationResult major(ClauseReference clause, String clauseText) {
        return new DeterminationResult(HazardLevel.MAJOR, clause, clause.standardCode(), clauseText);
    }

    public static DeterminationResult general() {
        return new DeterminationResult(HazardLevel.GENERAL, null, null, null);
    }
}
