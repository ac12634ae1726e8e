package org.zhiben.hazards.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.application.HazardStore;
import org.zhiben.hazards.application.ReadPrincipalChecks;
import org.zhiben.hazards.application.RecordPrincipalCheck;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.storage.PrincipalCheckStore;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Industries;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.shared.DomainEvents;

/**
 * Wires the use cases of the principal's periodic checks (task 24), each decorated by {@link UseCaseTransactions#wrap}.
 * {@link ReadPrincipalChecks} is also the module's declared {@link org.zhiben.hazards.PrincipalChecks}, which
 * enforcement's penalty proposal reads.
 */
@Configuration(proxyBeanMethods = false)
class PrincipalCheckConfiguration {

    private final HazardStore store;
    private final UseCaseTransactions tx;

    PrincipalCheckConfiguration(MajorHazards hazards, HazardNumbering numbering, DomainEvents events,
            CurrentActors actors, AuditRecorder audit, Clock clock, UseCaseTransactions tx) {
        this.store = new HazardStore(hazards, numbering, events, actors, audit, clock);
        this.tx = tx;
    }

    @Bean
    RecordPrincipalCheck recordPrincipalCheck(PrincipalCheckStore checks, Enterprises enterprises) {
        return tx.wrap(new RecordPrincipalCheck(store, checks, enterprises));
    }

    @Bean
    ReadPrincipalChecks readPrincipalChecks(PrincipalCheckStore checks, Enterprises enterprises,
            Industries industries) {
        return tx.wrap(new ReadPrincipalChecks(store, checks, enterprises, industries));
    }
}
