package org.zhiben.enforcement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

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

    /** The calendar the declared {@code days} make: their holidays and their adjusted working days. */
    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        return new WorkingDayCalendar(
                days.stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).map(CalendarDay::day)
                        .collect(Collectors.toSet()),
                days.stream().filter(d -> d.kind() == CalendarDay.Kind.ADJUSTED_WORKING_DAY).map(CalendarDay::day)
                        .collect(Collectors.toSet()));
    }

    /**
     * Refuses to declare {@code day} when it is today or earlier (deadlines already counted with the calendar would
     * change) or already declared among {@code declared}.
     */
    public static void requireAddable(CalendarDay day, Collection<CalendarDay> declared, LocalDate today) {
        if (!day.day().isAfter(today)) {
            throw new InvalidValueException("day", "enforcement.calendar.not-in-future",
                    "only a day after today can be declared a holiday or an adjusted working day", day.day());
        }
        if (declared.stream().anyMatch(d -> d.day().equals(day.day()))) {
            throw new RuleViolationException("enforcement.calendar.day-exists",
                    "the day " + day.day() + " is already declared", day.day());
        }
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
