package org.zhiben.organization.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.application.BrowseOrganization;
import org.zhiben.organization.application.ResolveResponsibility;

/** Wires the organisation module's use cases (plain classes of the application jar) to their adapters. */
@Configuration(proxyBeanMethods = false)
class OrganizationConfiguration {

    @Bean
    BrowseOrganization browseOrganization(Jurisdictions jurisdictions, MemberUnits units, Industries industries) {
        return new BrowseOrganization(jurisdictions, units, industries);
    }

    @Bean
    ResolveResponsibility resolveResponsibility(Industries industries, MemberUnits units, Jurisdictions jurisdictions) {
        return new ResolveResponsibility(industries, units, jurisdictions);
    }
}
