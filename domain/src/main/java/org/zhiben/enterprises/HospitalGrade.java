package org.zhiben.enterprises;

import java.util.Locale;
import org.zhiben.shared.InvalidValueException;

/**
 * The grade of a hospital (医院等级), for the plan's focus of 2024 (task 4: "二级三级医院消防安全责任人集中培训"); an
 * enterprise that is no hospital is {@link #NONE}.
 */
public enum HospitalGrade {
    /** Not a hospital. */
    NONE("非医院"),
    /** 一级医院. */
    LEVEL_1("一级"),
    /** 二级医院. */
    LEVEL_2("二级"),
    /** 三级医院. */
    LEVEL_3("三级");

    private final String chineseName;

    HospitalGrade(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Reads a grade as written in an import sheet: its name in any case ({@code level_2}) or its Chinese name
     * ({@code 二级}); an empty value and {@code 非医院} mean {@link #NONE}.
     */
    public static HospitalGrade parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String value = text.strip();
        for (HospitalGrade grade : values()) {
            if (grade.name().equals(value.toUpperCase(Locale.ROOT)) || grade.chineseName.equals(value)
                    || (grade.chineseName + "医院").equals(value)) {
                return grade;
            }
        }
        throw new InvalidValueException("hospitalGrade", "enterprise.hospital-grade.unknown",
                "unknown hospital grade: " + value, value);
    }
}
