package org.zhiben.organization.config;

import static org.zhiben.organization.OrganizationPermissions.READ;
import static org.zhiben.organization.OrganizationPermissions.RESPONSIBILITY_RESOLVE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may read the organisation and ask who is responsible: everyone signed in reads it; every role but the
 * enterprise's manager asks the responsibility principles.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationAccess {

    @Bean
    AccessRules organizationAccessRules() {
        return AccessRules.of("organization")
                .grant("COMMITTEE_ADMIN", READ, RESPONSIBILITY_RESOLVE)
                .grant("DEPARTMENT_OFFICER", READ, RESPONSIBILITY_RESOLVE)
                .grant("COUNTY_OFFICER", READ, RESPONSIBILITY_RESOLVE)
                .grant("INSPECTOR", READ, RESPONSIBILITY_RESOLVE)
                .grant("ENTERPRISE_MANAGER", READ)
                .grant("TIP_OFF_OFFICER", READ, RESPONSIBILITY_RESOLVE)
                .grant("AUDITOR", READ, RESPONSIBILITY_RESOLVE)
                .api(rules -> rules
                        .get("/api/v1/organization/**", READ)
                        .post("/api/v1/responsibility/resolutions", RESPONSIBILITY_RESOLVE))
                .pages(rules -> rules
                        .any("/responsibility/**", RESPONSIBILITY_RESOLVE)
                        .get("/organization/**", READ))
                .build();
    }
}
