package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    @Test
    void weekends_and_holidays_are_not_counted_and_a_worked_weekend_day_is() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(LocalDate.of(2025, 10, 1)),
                Set.of(LocalDate.of(2025, 9, 28)));

        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 27))).isFalse();
        // Friday 26 September: Sat 27 off, Sun 28 worked, Mon 29, Tue 30, Wed 1 Oct holiday, Thu 2, Fri 3
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 0)).isEqualTo(LocalDate.of(2025, 9, 26));
    }
}
