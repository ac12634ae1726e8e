package org.zhiben.enterprises.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.ImportEnterprises;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.UpdateEnterprise;

/** Wires the enterprises module's use cases (plain classes of the application jar) to their adapters. */
@Configuration(proxyBeanMethods = false)
class EnterprisesConfiguration {

    @Bean
    RegisterEnterprise registerEnterprise(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        return new RegisterEnterprise(enterprises, referenceData);
    }

    @Bean
    UpdateEnterprise updateEnterprise(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        return new UpdateEnterprise(enterprises, referenceData);
    }

    @Bean
    ImportEnterprises importEnterprises(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        return new ImportEnterprises(enterprises, referenceData);
    }

    @Bean
    FindEnterprises findEnterprises(Enterprises enterprises) {
        return new FindEnterprises(enterprises);
    }
}
