package org.zhiben.training.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Industries;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.training.application.ManageDrills;
import org.zhiben.training.application.ManageInstitutions;
import org.zhiben.training.application.ManageRescueTeams;
import org.zhiben.training.application.TrainingStore;
import org.zhiben.training.storage.Drills;
import org.zhiben.training.storage.RescueTeams;
import org.zhiben.training.storage.TrainingInstitutions;
import org.zhiben.training.storage.TrainingRecords;

/**
 * Wires the use cases of drills, rescue teams and training institutions, each decorated by
 * {@link UseCaseTransactions#wrap}: every public method is one transaction, and a refusal rolls back the change and
 * its audit entry together.
 */
@Configuration(proxyBeanMethods = false)
class DrillConfiguration {

    private final TrainingStore store;
    private final UseCaseTransactions tx;

    DrillConfiguration(TrainingRecords records, Enterprises enterprises, CurrentActors actors, AuditRecorder audit,
            Clock clock, UseCaseTransactions tx) {
        this.store = new TrainingStore(records, enterprises, actors, audit, clock);
        this.tx = tx;
    }

    @Bean
    ManageDrills manageDrills(Drills drills, Industries industries) {
        return tx.wrap(new ManageDrills(store, drills, industries));
    }

    @Bean
    ManageRescueTeams manageRescueTeams(RescueTeams teams, Industries industries) {
        return tx.wrap(new ManageRescueTeams(store, teams, industries));
    }

    @Bean
    ManageInstitutions manageInstitutions(TrainingInstitutions institutions) {
        return tx.wrap(new ManageInstitutions(store, institutions));
    }
}
