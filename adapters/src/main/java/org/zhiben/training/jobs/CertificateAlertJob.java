package org.zhiben.training.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.platform.jobs.OncePerSchedule;
import org.zhiben.training.application.AlertCertificates;

/**
 * Notifies enterprises of their expiring and expired special-operation certificates daily at
 * {@code zhiben.training.certificate-alerts.cron} (02:30 by default) as the system, once a day across nodes: the run
 * claims the day's slot of {@value #SCHEDULE} ({@link OncePerSchedule}) in its own transaction, and its notices are
 * stored in that transaction; a node that finds the day claimed skips. A run that fails frees the day for a later
 * firing.
 */
@Component
class CertificateAlertJob {

    /** The schedule's name among the slots of every module's jobs. */
    static final String SCHEDULE = "training.certificate-alerts";

    private static final Logger log = LoggerFactory.getLogger(CertificateAlertJob.class);

    private final AlertCertificates alerts;
    private final OncePerSchedule oncePerSchedule;

    CertificateAlertJob(AlertCertificates alerts, OncePerSchedule oncePerSchedule) {
        this.alerts = alerts;
        this.oncePerSchedule = oncePerSchedule;
    }

    @Scheduled(cron = "${zhiben.training.certificate-alerts.cron:0 30 2 * * *}")
    void scheduledRun() {
        oncePerSchedule.daily(SCHEDULE, alerts::run).ifPresentOrElse(
                result -> log.info("Certificate alerts: {} expiring and {} expired certificate(s) notified",
                        result.expiring(), result.expired()),
                () -> log.info("Certificate alerts skipped: today's run is done"));
    }
}
