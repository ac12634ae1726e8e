package org.zhiben.enterprises.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.ImportEnterprises;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.UpdateEnterprise;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;

/**
 * Wires the enterprises module's use cases (plain classes of the application jar) to their adapters, each one
 * decorated so that a call is one transaction: the change and its audit entry commit together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class EnterprisesConfiguration {

    @Bean
    RegisterEnterprise registerEnterprise(UseCaseTransactions transactional, EnterpriseStore enterprises,
            EnterpriseReferenceData referenceData, CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new RegisterEnterprise(enterprises, referenceData, currentActors, audit));
    }

    @Bean
    UpdateEnterprise updateEnterprise(UseCaseTransactions transactional, EnterpriseStore enterprises,
            EnterpriseReferenceData referenceData, CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new UpdateEnterprise(enterprises, referenceData, currentActors, audit));
    }

    @Bean
    ImportEnterprises importEnterprises(UseCaseTransactions transactional, EnterpriseStore enterprises,
            EnterpriseReferenceData referenceData, CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new ImportEnterprises(enterprises, referenceData, currentActors, audit));
    }

    @Bean
    FindEnterprises findEnterprises(UseCaseTransactions transactional, Enterprises enterprises,
            CurrentActors currentActors) {
        return transactional.wrap(new FindEnterprises(enterprises, currentActors));
    }
}
