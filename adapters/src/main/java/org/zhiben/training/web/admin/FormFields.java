package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.zhiben.shared.InvalidValueException;

/** Converts what a form holds as typed, putting each refusal next to the field it concerns. */
final class FormFields {

    private FormFields() {
    }

    /** The value, or null with the refusal on {@code field} (or on the field the refusal names, when the form has it). */
    static <T> T field(BindingResult result, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException invalid) {
            String target = invalid.field() != null && result.getFieldType(invalid.field()) != null
                    ? invalid.field() : field;
            if (result.hasFieldErrors(target)) {
                return null;
            }
            if ("validation.required".equals(invalid.code())) {
                result.rejectValue(target, "NotBlank", invalid.getMessage());
            } else {
                result.rejectValue(target, invalid.code(), invalid.arguments().toArray(), invalid.getMessage());
            }
            return null;
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        return value.strip();
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(requiredText(value, field));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "training.date.invalid", "a date such as 2024-03-01", value);
        }
    }

    static Integer number(String value, String field) {
        try {
            return Integer.valueOf(requiredText(value, field));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "training.number.invalid", "a whole number", value);
        }
    }

    /**
     * The version an edit form was read at (its hidden field), or null with the message that the record changed
     * meanwhile when it is missing or not a version (the form cannot say which version the editor saw).
     */
    static Long version(String value, BindingResult result) {
        try {
            long version = Long.parseLong(value == null ? "" : value.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        result.reject("training.edit.stale");
        return null;
    }
}
