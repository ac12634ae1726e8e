package org.zhiben.training;

import java.util.Set;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;

/**
 * Which enterprises a focus group is about: those of the listed industries, the hospitals of the listed grades, the key
 * cultural-relic protection units, the large commercial complexes — an enterprise that meets any of the criteria given.
 */
public record EnterpriseRule(Set<IndustryCode> industries, Set<HospitalGrade> hospitalGrades,
        boolean keyCulturalRelicUnits, boolean largeCommercialComplexes) {

    public EnterpriseRule {
        industries = Set.copyOf(Require.notNull(industries, "industries"));
        hospitalGrades = Set.copyOf(Require.notNull(hospitalGrades, "hospitalGrades"));
        if (hospitalGrades.contains(HospitalGrade.NONE)) {
            throw new org.zhiben.shared.InvalidValueException("hospitalGrades", "training.focus.hospital-grade-none",
                    "a focus group names hospital grades, not the absence of one");
        }
        if (industries.isEmpty() && hospitalGrades.isEmpty() && !keyCulturalRelicUnits && !largeCommercialComplexes) {
            throw new org.zhiben.shared.InvalidValueException("rule", "training.focus.rule-empty",
                    "a focus group's rule names at least one industry or attribute");
        }
    }

    /** Whether the enterprise meets any criterion of the rule. */
    public boolean covers(Enterprise enterprise) {
        return industries.contains(enterprise.industry())
                || hospitalGrades.contains(enterprise.focus().hospitalGrade())
                || keyCulturalRelicUnits && enterprise.focus().keyCulturalRelicUnit()
                || largeCommercialComplexes && enterprise.focus().largeCommercialComplex();
    }
}
