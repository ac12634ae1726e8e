package org.zhiben.shared;

import java.util.regex.Pattern;

/** Code of a unit: a member unit of the safety committee, a department, or a port administration (e.g. {@code EMB}). */
public record UnitCode(String value) implements Comparable<UnitCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public UnitCode {
        Require.notBlank(value, "unitCode");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("unitCode", "unit.code.invalid",
                    "unit code must be 2-40 upper-case letters, digits or '_': " + value, value);
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
