package org.zhiben.enterprises;

import java.util.Locale;
import org.zhiben.shared.InvalidValueException;

/**
 * Safety standardisation grade (安全生产标准化等级) of an enterprise. Plan task 13 rewards standardised enterprises
 * ("在分类分级监管、评优评先、安全生产责任保险等方面给予激励").
 */
public enum StandardisationGrade {
    /** Not graded. */
    NONE("无"),
    /** 一级. */
    LEVEL_1("一级"),
    /** 二级. */
    LEVEL_2("二级"),
    /** 三级. */
    LEVEL_3("三级");

    /** How the enterprise form names {@link #NONE}. */
    private static final String NOT_RATED = "未评定";

    private final String chineseName;

    StandardisationGrade(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Reads a grade as written in an import sheet: its name in any case ({@code level_2}) or its Chinese name
     * ({@code 二级}); an empty value, {@code 无} and {@code 未评定} (as the form names it) mean {@link #NONE}.
     */
    public static StandardisationGrade parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String value = text.strip();
        if (NOT_RATED.equals(value)) {
            return NONE;
        }
        for (StandardisationGrade grade : values()) {
            if (grade.name().equals(value.toUpperCase(Locale.ROOT)) || grade.chineseName.equals(value)) {
                return grade;
            }
        }
        throw new InvalidValueException("standardisationGrade", "enterprise.standardisation-grade.unknown",
                "unknown safety standardisation grade: " + value, value);
    }
}
