package org.zhiben.enforcement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One day of the working-day calendar that differs from Monday-to-Friday: a public holiday (法定节假日) or a weekend
 * day worked in exchange for one (调休上班), with the holiday it belongs to, e.g. 国庆节.
 */
public record CalendarDay(LocalDate day, Kind kind, String name) {

    /** What the day is. */
    public enum Kind {
        /** 法定节假日（放假）. */
        HOLIDAY("放假"),
        /** 调休上班. */
        ADJUSTED_WORKING_DAY("调休上班");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CalendarDay {
        Require.notNull(day, "day");
        Require.notNull(kind, "kind");
        name = Require.maxLength(Require.notBlank(name, "name"), 40, "name");
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == Kind.ADJUSTED_WORKING_DAY && !weekend) {
            throw new InvalidValueException("day", "enforcement.calendar.adjusted-not-weekend",
                    "only a Saturday or a Sunday can be an adjusted working day", day);
        }
    }
}
