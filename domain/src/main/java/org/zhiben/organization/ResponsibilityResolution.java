package org.zhiben.organization;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The result of resolving a matter: the lead unit and the principle that decided it (if any), every responsible unit
 * with all principles that make it responsible (the lead included, listed first), the jurisdiction that is
 * territorially responsible, and the ordered trace of the reasoning.
 */
public record ResponsibilityResolution(Optional<DecidedLead> lead, List<ResponsibleUnit> responsibleUnits,
                                       Optional<JurisdictionCode> territorial, List<TraceStep> trace) {

    public ResponsibilityResolution {
        Require.notNull(lead, "lead");
        responsibleUnits = List.copyOf(Require.notNull(responsibleUnits, "responsibleUnits"));
        Require.notNull(territorial, "territorial");
        trace = List.copyOf(Require.notEmpty(trace, "trace"));
    }

    /** The responsible units other than the lead (责任单位 besides the 牵头单位). */
    public List<ResponsibleUnit> coResponsibleUnits() {
        return responsibleUnits.stream()
                .filter(responsible -> lead.map(l -> !l.unit().equals(responsible.unit())).orElse(true))
                .toList();
    }

    /** Whether some principle met contradicting facts (two competent departments, two main units, a proximity tie). */
    public boolean conflict() {
        return trace.stream().anyMatch(step -> step.outcome() == TraceStep.Outcome.CONFLICT);
    }

    /** Whether no principle decided the lead, so that the committee office must assign one. */
    public boolean undecided() {
        return lead.isEmpty();
    }
}
