package org.zhiben.campaign;

import java.util.List;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/** Guards shared by the campaign's records: numbers in a range, lists without gaps, optional texts. */
final class Checks {

    private Checks() {
    }

    static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "campaign.number.out-of-range",
                    field + " must be between " + min + " and " + max + ": " + value, field, value, min, max);
        }
        return value;
    }

    /** An immutable copy of a required, non-empty list whose elements are all present. */
    static <T> List<T> notEmptyCopy(List<T> values, String field) {
        Require.notEmpty(values, field);
        return copy(values, field);
    }

    /** An immutable copy of an optional list (null reads as empty) whose elements are all present. */
    static <T> List<T> copy(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        values.forEach(value -> Require.notNull(value, field));
        return List.copyOf(values);
    }

    /** A stripped text, or null when the text is absent or blank. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
