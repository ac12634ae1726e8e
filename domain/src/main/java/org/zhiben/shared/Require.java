package org.zhiben.shared;

import java.util.Collection;

/** Small guards for compact constructors of records; each failure names the field. */
public final class Require {

    private Require() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value.strip();
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidValueException(field, "validation.too-long",
                    field + " is longer than " + max + " characters", field, max);
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C value, String field) {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException(field, "validation.required", field + " must not be empty", field);
        }
        return value;
    }
}
