package org.zhiben.reporting.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.zhiben.shared.InvalidValueException;

/** What the ranking's API, pages and exports share: reading a month from a path. */
public final class RankingViews {

    private RankingViews() {
    }

    /** A month written yyyy-MM (else 400 {@code reporting.ranking.month-invalid}). */
    public static YearMonth month(String value) {
        try {
            if (value == null || !value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM", String.valueOf(value), 0);
            }
            return YearMonth.parse(value);
        } catch (DateTimeException malformed) {
            throw new InvalidValueException("month", "reporting.ranking.month-invalid",
                    "a month is written yyyy-MM, e.g. 2025-10", String.valueOf(value));
        }
    }
}
