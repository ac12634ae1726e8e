package org.zhiben.hazards.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.application.RunEscalation;

/**
 * Runs the escalation of overdue hazards (函告 → 通报 → 约谈 → 曝光) daily at {@code zhiben.hazards.escalation.cron}
 * (02:00 by default) as the system; skipped on a node when another node holds the escalation lock or has already done
 * the day's run (see {@link RunEscalation#scheduled()}).
 */
@Component
class EscalationJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

    private final RunEscalation runEscalation;

    EscalationJob(RunEscalation runEscalation) {
        this.runEscalation = runEscalation;
    }

    @Scheduled(cron = "${zhiben.hazards.escalation.cron:0 0 2 * * *}")
    void scheduledRun() {
        log.info("Scheduled escalation run: {} step(s) taken", runEscalation.scheduled().size());
    }
}
