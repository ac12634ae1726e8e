package org.zhiben.shared;

import java.util.regex.Pattern;

/** Code of an industry or sector (行业领域), e.g. {@code HAZARDOUS_CHEMICALS}. */
public record IndustryCode(String value) implements Comparable<IndustryCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public IndustryCode {
        Require.notBlank(value, "industryCode");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("industryCode", "industry.code.invalid",
                    "industry code must be 2-40 upper-case letters, digits or '_': " + value, value);
        }
    }

    public static IndustryCode of(String value) {
        return new IndustryCode(value);
    }

    @Override
    public int compareTo(IndustryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
