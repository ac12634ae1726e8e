package org.zhiben.hazards.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.jobs.OncePerSchedule;
import org.zhiben.platform.testing.MutableClock;

/**
 * The daily escalation runs once a day however often the schedulers fire (one firing per node): the day's slot is
 * claimed once, and the next day is a new slot.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class EscalationJobTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 31);

    @Autowired
    EscalationJob job;

    @Autowired
    OncePerSchedule oncePerSchedule;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_scheduled_escalation_runs_once_a_day_however_often_it_fires() {
        clock.setTo(DAY.atTime(2, 0));
        job.scheduledRun();
        job.scheduledRun();
        clock.setTo(LocalDateTime.of(DAY.plusDays(1), java.time.LocalTime.of(2, 0)));
        job.scheduledRun();

        assertThat(scheduledRunsOn(DAY)).isOne();
        assertThat(scheduledRunsOn(DAY.plusDays(1))).isOne();
        assertThat(oncePerSchedule.done(EscalationJob.SCHEDULE, DAY.toString())).isTrue();
    }

    private int scheduledRunsOn(LocalDate day) {
        return jdbc.queryForObject("select count(*) from hazards.escalation_run where run_on = ? and trigger = "
                + "'SCHEDULED'", Integer.class, day);
    }
}
