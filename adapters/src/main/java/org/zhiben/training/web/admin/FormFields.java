package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.InvalidValueException;

/**
 * Converts what a training form holds as typed: dates, whole numbers and the version an edit was read at, refused with
 * training's messages; each page puts a refusal next to its field with
 * {@link org.zhiben.platform.web.ui.FormErrors#field}.
 */
final class FormFields {

    private FormFields() {
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(RequestValues.requiredText(value, field));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "training.date.invalid", "a date such as 2024-03-01", value);
        }
    }

    static Integer number(String value, String field) {
        try {
            return Integer.valueOf(RequestValues.requiredText(value, field));
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
