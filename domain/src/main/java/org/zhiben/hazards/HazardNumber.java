package org.zhiben.hazards;

import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The number people quote for a hazard (隐患编号), e.g. {@code 653022-2026-00058}: the county's (or city's, or port's)
 * jurisdiction code, the year of registration and a sequence counted per jurisdiction and year from 1. It is assigned
 * once, at registration, and never changes.
 */
public record HazardNumber(String value) implements Comparable<HazardNumber> {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(-P\\d{2})?-\\d{4}-\\d{5,}");

    public HazardNumber {
        Require.notBlank(value, "number");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("number", "hazard.number.invalid",
                    "a hazard number is written jurisdiction-year-sequence, e.g. 653022-2026-00058", value);
        }
    }

    /** The {@code sequence}-th hazard registered in {@code jurisdiction} in {@code year}. */
    public static HazardNumber of(JurisdictionCode jurisdiction, int year, long sequence) {
        Require.notNull(jurisdiction, "jurisdiction");
        if (sequence < 1 || year < 1000 || year > 9999) {
            throw new InvalidValueException("number", "hazard.number.invalid",
                    "the year has four digits and the sequence starts at 1", year, sequence);
        }
        return new HazardNumber(String.format("%s-%04d-%05d", jurisdiction.value(), year, sequence));
    }

    @Override
    public int compareTo(HazardNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
