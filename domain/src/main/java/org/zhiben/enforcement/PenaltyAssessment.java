package org.zhiben.enforcement;

import java.util.List;
import org.zhiben.shared.Require;

/**
 * What the task-24 penalty rule proposes for a hazard, with its explanation: the outcome, the seed's sentence that
 * applies ({@link #basis()}), the facts used and the ordered trace of the clauses tried. A proposal only: an officer
 * decides ({@link PenaltyDecision}).
 */
public record PenaltyAssessment(PenaltyGuidance outcome, String basis, SelfInspectionFacts facts,
        int longOverdueDays, List<PenaltyTraceStep> trace) {

    public PenaltyAssessment {
        Require.notNull(outcome, "outcome");
        Require.notBlank(basis, "basis");
        Require.notNull(facts, "facts");
        trace = List.copyOf(Require.notEmpty(trace, "trace"));
    }
}
