package org.zhiben.training;

import java.util.List;
import java.util.Optional;

/** The plan's yearly focus groups in force: the newest revision of each (a read-only port). */
public interface FocusGroups {

    /** Every group, by year and code. */
    List<FocusGroup> all();

    Optional<FocusGroup> find(String code);

    /** The groups that are the focus of the given calendar year. */
    default List<FocusGroup> ofYear(int year) {
        return all().stream().filter(group -> group.isFocusIn(year)).toList();
    }

    /** The groups that are the focus of today's year, today as the clock's zone has it. */
    default List<FocusGroup> current(java.time.Clock clock) {
        return ofYear(java.time.LocalDate.now(clock).getYear());
    }
}
