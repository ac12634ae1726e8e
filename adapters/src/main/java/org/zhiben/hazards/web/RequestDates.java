package org.zhiben.hazards.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhiben.shared.InvalidValueException;

/** Dates in requests ({@code yyyy-MM-dd}), refused with the request field named. */
final class RequestDates {

    private RequestDates() {
    }

    static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "validation.required", field + " is required", field);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "validation.date", field + " must be a date (yyyy-MM-dd)", field);
        }
    }
}
