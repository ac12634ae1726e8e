package org.zhiben.training.config;

import static org.zhiben.audit.AuditVocabulary.Values.messages;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.training.application.ImportTraining;
import org.zhiben.training.application.TrainingStore;
import org.zhiben.training.storage.Certificates;
import org.zhiben.training.storage.TrainingRecords;

/**
 * The bulk import of training records and special-operation certificates: its use case, one transaction per file
 * ({@link UseCaseTransactions#wrap}), and how its audit entry reads (one entry per file with its counts; texts in
 * {@code i18n/training-import}).
 */
@Configuration(proxyBeanMethods = false)
class TrainingImportConfiguration {

    @Bean
    ImportTraining importTraining(TrainingRecords records, Certificates certificates, Enterprises enterprises,
            EnterpriseReferenceData referenceData, CurrentActors actors, AuditRecorder audit, Clock clock,
            UseCaseTransactions tx) {
        return tx.wrap(new ImportTraining(new TrainingStore(records, enterprises, actors, audit, clock), certificates,
                referenceData));
    }

    @Bean
    AuditVocabulary trainingImportAuditTexts() {
        return AuditVocabulary.of("training-import")
                .entity(ImportTraining.ENTITY)
                .actions(ImportTraining.COMPLETED)
                .field(ImportTraining.ENTITY, "kind", messages("training.import.kind."))
                .fields(ImportTraining.ENTITY, "rows", "created", "unchanged", "rejected")
                .build();
    }
}
