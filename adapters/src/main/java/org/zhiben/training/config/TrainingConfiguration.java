package org.zhiben.training.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.training.FocusGroups;
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
    ReadCoverage readCoverage(FocusGroups groups) {
        return tx.wrap(new ReadCoverage(store, groups));
    }

    @Bean
    ReadTrainingRecords readTrainingRecords() {
        return tx.wrap(new ReadTrainingRecords(store));
    }
}
