package org.zhiben.hazards;

import org.zhiben.shared.Require;

/**
 * Reference to one clause of one version of a determination standard (判定标准), e.g. {@code CHEM-2017} clause
 * {@code 2}. A standard's code names one version: a revision is imported under a new code that supersedes the old one,
 * so a hazard keeps pointing at the text it was judged under.
 */
public record ClauseReference(String standardCode, String clauseNumber) {

    public ClauseReference {
        Require.notBlank(standardCode, "standardCode");
        Require.notBlank(clauseNumber, "clauseNumber");
    }

    @Override
    public String toString() {
        return standardCode + "#" + clauseNumber;
    }
}
