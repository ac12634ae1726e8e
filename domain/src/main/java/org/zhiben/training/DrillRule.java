package org.zhiben.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.zhiben.shared.Require;

/**
 * A version of the rule of task 9 on evacuation and escape drills, as data: from {@code effectiveFrom} (until a later
 * version applies) an enterprise holds a drill at the {@code standard} frequency, or at the {@code highRisk}
 * frequency in a high-risk industry (高危行业领域, as the industries of the plan's reference data mark them). The
 * shipped version quotes the plan: {@value DrillSchedule#RULE}.
 *
 * @param basis the sentence of the plan the version implements
 */
public record DrillRule(LocalDate effectiveFrom, DrillFrequency standard, DrillFrequency highRisk, String basis) {

    public DrillRule {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(standard, "standard");
        Require.notNull(highRisk, "highRisk");
        Require.notBlank(basis, "basis");
    }

    /** The frequency this version asks of an enterprise of a high-risk industry or not. */
    public DrillFrequency frequencyFor(boolean highRiskIndustry) {
        return highRiskIndustry ? highRisk : standard;
    }

    /** The version in force on {@code day}: the latest one effective on or before it; none before the first. */
    public static Optional<DrillRule> inForceOn(Collection<DrillRule> versions, LocalDate day) {
        return versions.stream().filter(rule -> !rule.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(DrillRule::effectiveFrom));
    }
}
