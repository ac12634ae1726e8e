package org.zhiben.enforcement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Which days are working days (工作日), as data: Monday to Friday, except the public holidays given, plus the weekend
 * days worked in exchange for a holiday (调休上班).
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    /** Monday to Friday, no holidays loaded. */
    public static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar(Set.of(), Set.of());

    public WorkingDayCalendar {
        holidays = Set.copyOf(Require.notNull(holidays, "holidays"));
        adjustedWorkingDays = Set.copyOf(Require.notNull(adjustedWorkingDays, "adjustedWorkingDays"));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code workingDays}-th working day after {@code from} (the day itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Require.notNull(from, "from");
        if (workingDays < 0) {
            throw new InvalidValueException("workingDays", "enforcement.calendar.negative",
                    "working days must not be negative", workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
