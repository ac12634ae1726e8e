package org.zhiben.shared;

import java.util.regex.Pattern;

/**
 * Code of a jurisdiction (属地): the administrative division code (GB/T 2260, six digits) for the prefecture and its
 * counties and cities, with a {@code -Pnn} suffix for a port administration that has no division code of its own.
 */
public record JurisdictionCode(String value) implements Comparable<JurisdictionCode> {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(-P\\d{2})?");

    public JurisdictionCode {
        Require.notBlank(value, "jurisdictionCode");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("jurisdictionCode", "jurisdiction.code.invalid",
                    "jurisdiction code must be six digits, optionally followed by -Pnn: " + value, value);
        }
    }

    public static JurisdictionCode of(String value) {
        return new JurisdictionCode(value);
    }

    @Override
    public int compareTo(JurisdictionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
