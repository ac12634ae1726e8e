package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One step of the reasoning of the task-24 penalty rule, in the style of the responsibility resolver's trace: which
 * clause of the rule was tried, whether it applied, the facts it used and why (in Chinese and in English).
 *
 * @param order   1 for the first step, then consecutive
 * @param clause  the outcome the clause leads to
 * @param applied whether the facts meet the clause
 * @param facts   the facts used, as the officer reads them (e.g. "发现渠道：督导检查发现；企业主动上报：否")
 */
public record PenaltyTraceStep(int order, PenaltyGuidance clause, boolean applied, String facts,
        String explanationZh, String explanationEn) {

    public PenaltyTraceStep {
        if (order < 1) {
            throw new InvalidValueException("order", "enforcement.penalty.trace.order-invalid",
                    "trace steps are numbered from 1: " + order, order);
        }
        Require.notNull(clause, "clause");
        Require.notBlank(facts, "facts");
        Require.notBlank(explanationZh, "explanationZh");
        Require.notBlank(explanationEn, "explanationEn");
    }
}
