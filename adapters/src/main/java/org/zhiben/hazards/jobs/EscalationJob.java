package org.zhiben.hazards.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.application.RunEscalation;
import org.zhiben.platform.jobs.OncePerSchedule;
import org.zhiben.shared.RuleViolationException;

/**
 * Runs the escalation of overdue hazards (函告 → 通报 → 约谈 → 曝光) daily at {@code zhiben.hazards.escalation.cron}
 * (02:00 by default) as the system, once a day across nodes: the run claims the day's slot of
 * {@value #SCHEDULE} ({@link OncePerSchedule}) in its own transaction; a node that finds the day claimed skips. A run
 * that meets a run on demand in progress fails, which frees the day for a later firing.
 */
@Component
class EscalationJob {

    /** The schedule's name among the slots of every module's jobs. */
    static final String SCHEDULE = "hazards.escalation";

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

    private final RunEscalation runEscalation;
    private final OncePerSchedule oncePerSchedule;

    EscalationJob(RunEscalation runEscalation, OncePerSchedule oncePerSchedule) {
        this.runEscalation = runEscalation;
        this.oncePerSchedule = oncePerSchedule;
    }

    @Scheduled(cron = "${zhiben.hazards.escalation.cron:0 0 2 * * *}")
    void scheduledRun() {
        try {
            oncePerSchedule.daily(SCHEDULE, runEscalation::scheduled).ifPresentOrElse(
                    taken -> log.info("Scheduled escalation run: {} step(s) taken", taken.size()),
                    () -> log.info("Scheduled escalation run skipped: today's run is done"));
        } catch (RuleViolationException inProgress) {
            log.warn("Scheduled escalation run not done: {}", inProgress.getMessage());
        }
    }
}
