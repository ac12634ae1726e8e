package org.zhiben.platform.web;

import java.util.function.Function;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * Turns request strings into the domain's value objects, naming the request's own field (e.g. {@code businessUnits[1]})
 * when a value is malformed. Blank means absent.
 */
public final class RequestValues {

    private RequestValues() {
    }

    public static UnitCode unit(String value, String field) {
        return convert(value, field, UnitCode::of);
    }

    public static JurisdictionCode jurisdiction(String value, String field) {
        return convert(value, field, JurisdictionCode::of);
    }

    public static IndustryCode industry(String value, String field) {
        return convert(value, field, IndustryCode::of);
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "validation.enum", "unknown value " + value + " for " + field,
                    field, value);
        }
    }

    public static <T> T convert(String value, String field, Function<String, T> converter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return converter.apply(value.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.code(), e.getMessage(), e.arguments().toArray());
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            // a converter of the JDK (UUID::fromString, Integer::valueOf, LocalDate::parse) refusing the text
            throw new InvalidValueException(field, "validation.type-mismatch", field + " has the wrong format",
                    field);
        }
    }

    /** The value, refused as required ({@code validation.required}, naming {@code field}) when it is absent. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value;
    }

    /** The text without its surrounding blanks, refused as required when it is absent or blank. */
    public static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value.strip();
    }
}
