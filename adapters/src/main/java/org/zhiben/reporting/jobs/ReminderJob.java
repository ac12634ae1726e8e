package org.zhiben.reporting.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.platform.jobs.OncePerSchedule;
import org.zhiben.reporting.application.RemindUnits;

/**
 * Reminds the reporting units of the reports due soon, daily at {@code zhiben.reporting.reminder.cron} (07:30 by
 * default) as the system, once a day across nodes: the run claims the day's slot of {@value #SCHEDULE}
 * ({@link OncePerSchedule}); a node that finds the day claimed skips.
 */
@Component
class ReminderJob {

    /** The schedule's name among the slots of every module's jobs. */
    static final String SCHEDULE = "reporting.reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final RemindUnits remind;
    private final OncePerSchedule oncePerSchedule;

    ReminderJob(RemindUnits remind, OncePerSchedule oncePerSchedule) {
        this.remind = remind;
        this.oncePerSchedule = oncePerSchedule;
    }

    @Scheduled(cron = "${zhiben.reporting.reminder.cron:0 30 7 * * *}")
    void scheduledRun() {
        oncePerSchedule.daily(SCHEDULE, remind::scheduled).ifPresentOrElse(
                added -> log.info("Reporting reminders: {} notice(s) posted", added),
                () -> log.info("Reporting reminders skipped: today's run is done"));
    }
}
