package org.zhiben.enforcement.application;

import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.WorkingDayCalendar;
import org.zhiben.enforcement.storage.EnforcementRuleBook;
import org.zhiben.shared.AccessRefusedException;

/**
 * Declares a day after today a public holiday or an adjusted working day (调休上班) of the working-day calendar the
 * publication deadline counts with, for a prefecture-wide caller only (anyone else: 403). A declared day is never
 * changed or removed; each declaration is an audit entry.
 */
public class DeclareCalendarDay {

    /** The entity and the action recorded in the audit trail. */
    public static final String ENTITY = "WorkingDayCalendar";
    public static final String DECLARED = "calendar.day-declared";

    private final EnforcementStore store;
    private final EnforcementRuleBook book;

    public DeclareCalendarDay(EnforcementStore store, EnforcementRuleBook book) {
        this.store = store;
        this.book = book;
    }

    public CalendarDay declare(CalendarDay day) {
        if (!store.scope().prefectureWide()) {
            throw new AccessRefusedException("only a prefecture-wide caller declares holidays");
        }
        WorkingDayCalendar.requireAddable(day, store.rules().calendarDays(), store.today());
        book.declare(day, store.caller(), store.now());
        store.audit(ENTITY, day.day(), DECLARED, null, "day=" + day.day() + ";kind=" + day.kind() + ";name="
                + day.name());
        return day;
    }
}
