package org.zhiben.organization.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.application.BrowseOrganization;
import org.zhiben.organization.application.ResolveResponsibility;
import org.zhiben.platform.tx.UseCaseTransactions;

/** Wires the organisation module's use cases (plain classes of the application jar) to their adapters. */
@Configuration(proxyBeanMethods = false)
class OrganizationConfiguration {

    @Bean
    BrowseOrganization browseOrganization(UseCaseTransactions transactional, Jurisdictions jurisdictions,
            MemberUnits units, Industries industries) {
        return transactional.wrap(new BrowseOrganization(jurisdictions, units, industries));
    }

    @Bean
    ResolveResponsibility resolveResponsibility(UseCaseTransactions transactional, Industries industries,
            MemberUnits units, Jurisdictions jurisdictions) {
        return transactional.wrap(new ResolveResponsibility(industries, units, jurisdictions));
    }
}
