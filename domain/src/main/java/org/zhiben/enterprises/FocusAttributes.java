package org.zhiben.enterprises;

import java.util.Locale;
import java.util.Set;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * What identifies an enterprise for the plan's yearly training focus (task 4: "2024年，重点开展矿山、燃气企业主要负责人和
 * 二级三级医院消防安全责任人集中培训；2025年，重点开展金属冶炼企业主要负责人、重点文物保护等单位消防安全责任人集中培训；
 * 2026年，重点开展大型商业综合体消防安全责任人集中培训"), beyond its industry: the grade of a hospital, whether it is a
 * key cultural-relic protection unit (重点文物保护单位) or a large commercial complex (大型商业综合体), and its
 * fire-safety responsible person (消防安全责任人, optional; personal data like the principal).
 */
public record FocusAttributes(HospitalGrade hospitalGrade, boolean keyCulturalRelicUnit,
        boolean largeCommercialComplex, Person fireSafetyResponsible) {

    /** No hospital, no key cultural-relic unit, no large commercial complex, no fire-safety person named. */
    public static final FocusAttributes NONE = new FocusAttributes(HospitalGrade.NONE, false, false, null);

    private static final Set<String> YES = Set.of("是", "yes", "true", "y", "1");
    private static final Set<String> NO = Set.of("否", "no", "false", "n", "0");

    public FocusAttributes {
        Require.notNull(hospitalGrade, "hospitalGrade");
    }

    /** A yes/no cell of an import sheet: 是/否 (or yes/no, true/false, 1/0); empty means no. */
    public static boolean parseYesNo(String text, String field) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw new InvalidValueException(field, "enterprise.yes-no.invalid", field + " is 是 or 否", text.strip());
    }
}
