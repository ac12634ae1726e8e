package org.zhiben.training.config;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.enforcement.CaseIntake;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.Inbox;
import org.zhiben.training.FocusGroups;
import org.zhiben.training.ReexamRules;
import org.zhiben.training.TrainingOverview;
import org.zhiben.training.application.ReexamineFlags;
import org.zhiben.training.application.ReportMisconduct;
import org.zhiben.training.application.TrackPrincipalExams;
import org.zhiben.training.storage.Certificates;
import org.zhiben.training.storage.MisconductReports;
import org.zhiben.training.storage.ReexamFlags;
import org.zhiben.training.application.AlertCertificates;
import org.zhiben.training.application.ManageCertificates;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;
import org.zhiben.training.application.ReadCoverage;
import org.zhiben.training.application.ReadTrainingRecords;
import org.zhiben.training.application.RecordTraining;
import org.zhiben.training.application.TrainingStore;
import org.zhiben.training.storage.TrainingRecords;

/**
 * Wires the training use cases (plain classes of the application jar) to their adapters, each decorated by
 * {@link UseCaseTransactions#wrap}: every public method is one transaction, and a refusal rolls back the change and
 * its audit entry together.
 */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    private final TrainingStore store;
    private final UseCaseTransactions tx;

    TrainingConfiguration(TrainingRecords records, Enterprises enterprises, CurrentActors actors, AuditRecorder audit,
            Clock clock, UseCaseTransactions tx) {
        this.store = new TrainingStore(records, enterprises, actors, audit, clock);
        this.tx = tx;
    }

    @Bean
    RecordTraining recordTraining() {
        return tx.wrap(new RecordTraining(store));
    }

    @Bean
    TrackPrincipalExams trackPrincipalExams(ReexamFlags flags, ReexamRules rules, AuditRecorder audit) {
        return tx.wrap(new TrackPrincipalExams(flags, rules, audit));
    }

    @Bean
    ReexamineFlags reexamineFlags(ReexamFlags flags) {
        return tx.wrap(new ReexamineFlags(store, flags));
    }

    @Bean
    ReportMisconduct reportMisconduct(MisconductReports reports, CaseIntake cases) {
        return tx.wrap(new ReportMisconduct(store, reports, cases));
    }

    /** The lead time of the certificates' expiry alert: {@code zhiben.training.certificate-lead-days}, 60 by default. */
    @Bean
    ManageCertificates manageCertificates(Certificates certificates,
            @Value("${zhiben.training.certificate-lead-days:60}") int leadDays) {
        return tx.wrap(new ManageCertificates(store, certificates, leadDays));
    }

    /**
     * The daily alert of expiring and expired certificates to the enterprises' inboxes, with the same lead time; run
     * by the job inside the transaction that claims the day's slot, which it joins.
     */
    @Bean
    AlertCertificates alertCertificates(Certificates certificates, Inbox inbox, Clock clock,
            @Value("${zhiben.training.certificate-lead-days:60}") int leadDays) {
        return tx.wrap(new AlertCertificates(certificates, inbox, clock, leadDays));
    }

    @Bean
    RegisterUnqualifiedPersonnel registerUnqualifiedPersonnel(ManageCertificates certificates, ReexamineFlags flags,
            HazardIntake hazards) {
        return tx.wrap(new RegisterUnqualifiedPersonnel(store, certificates, flags, hazards));
    }

    @Bean
    ReadCoverage readCoverage(FocusGroups groups) {
        return tx.wrap(new ReadCoverage(store, groups));
    }

    /** The declared {@link TrainingOverview} the reporting dashboard reads: each focus group in its own year. */
    @Bean
    TrainingOverview trainingOverview(ReadCoverage coverage) {
        return () -> coverage.groups().stream().map(group -> coverage.coverage(group.code(), group.year())).toList();
    }

    @Bean
    ReadTrainingRecords readTrainingRecords() {
        return tx.wrap(new ReadTrainingRecords(store));
    }
}
