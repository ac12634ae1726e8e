package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.zhiben.shared.Require;

/**
 * A version of the rule of task 24 on the principal's periodic checks, as data: from {@code effectiveFrom} (until a
 * later version applies), the enterprise's principal leads a check of its major-hazard work at the
 * {@code standard} frequency, or at the {@code highRisk} frequency in a high-risk industry (高危行业领域, as the
 * industries of the plan's reference data mark them). The shipped version quotes the plan:
 * {@value PrincipalCheckSchedule#RULE}.
 *
 * @param basis the sentence of the plan the version implements
 */
public record PrincipalCheckRule(LocalDate effectiveFrom, CheckFrequency standard, CheckFrequency highRisk,
        String basis) {

    public PrincipalCheckRule {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(standard, "standard");
        Require.notNull(highRisk, "highRisk");
        Require.notBlank(basis, "basis");
    }

    /** The frequency this version asks of an enterprise of a high-risk industry or not. */
    public CheckFrequency frequencyFor(boolean highRiskIndustry) {
        return highRiskIndustry ? highRisk : standard;
    }

    /** The version in force on {@code day}: the latest one effective on or before it; none before the first. */
    public static Optional<PrincipalCheckRule> inForceOn(Collection<PrincipalCheckRule> versions, LocalDate day) {
        return versions.stream().filter(rule -> !rule.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PrincipalCheckRule::effectiveFrom));
    }
}
