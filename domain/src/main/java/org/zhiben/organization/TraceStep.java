package org.zhiben.organization;

import java.util.List;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One step of the reasoning that resolved a matter: which principle was tried, what came of it, why (in Chinese and in
 * English) and which units it concerned. The steps together let a dispute about "no one's job" be settled and audited.
 *
 * @param order     1 for the first step, then consecutive
 * @param principle the principle tried; {@code null} only for the final {@link Outcome#UNDECIDED} step
 * @param units     the units the step concerns (decided, in conflict or added), empty when none
 */
public record TraceStep(int order, Principle principle, Outcome outcome, String explanationZh, String explanationEn,
                        List<UnitCode> units) {

    /** What came of trying a principle. */
    public enum Outcome {
        /** The principle decided the lead unit. */
        DECIDED,
        /** The principle found nothing to apply to. */
        NOT_APPLICABLE,
        /** The principle pointed at more than one unit, or two facts contradict each other. */
        CONFLICT,
        /** The principle made the listed units responsible (or, for territorial management, the jurisdiction). */
        ADDED_RESPONSIBLE,
        /** No principle decided the lead: the committee office must assign one. */
        UNDECIDED
    }

    public TraceStep {
        if (order < 1) {
            throw new InvalidValueException("order", "organization.responsibility.trace.order.invalid",
                    "trace steps are numbered from 1: " + order, order);
        }
        Require.notNull(outcome, "outcome");
        if ((principle == null) != (outcome == Outcome.UNDECIDED)) {
            throw new InvalidValueException("principle", "organization.responsibility.trace.principle.invalid",
                    "only the final undecided step has no principle");
        }
        Require.notBlank(explanationZh, "explanationZh");
        Require.notBlank(explanationEn, "explanationEn");
        units = units == null ? List.of() : List.copyOf(units);
    }
}
