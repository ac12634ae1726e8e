package org.zhiben.hazards.web.admin;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhiben.platform.web.ui.UiFormats;

/**
 * Writes the ISO dates a timeline entry carries as text (a deadline before and after an extension or a move of the
 * listing deadline) as the pages write dates: 2026年12月2日 in Chinese. Templates use it as {@code @timelineDates}.
 */
@Component("timelineDates")
class TimelineDates {

    private final UiFormats formats;

    TimelineDates(UiFormats formats) {
        this.formats = formats;
    }

    /** The ISO date as the pages write dates; anything else as it is. */
    public String date(String isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return formats.date(LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException notADate) {
            return isoDate;
        }
    }
}
