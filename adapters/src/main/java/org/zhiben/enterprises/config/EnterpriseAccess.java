package org.zhiben.enterprises.config;

import static org.zhiben.enterprises.EnterprisePermissions.READ;
import static org.zhiben.enterprises.EnterprisePermissions.WRITE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may read and change the register of enterprises: everyone signed in reads it (within their data scope); the
 * committee office, the member units, the counties and an enterprise itself (its own data) change it.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseAccess {

    @Bean
    AccessRules enterprisesAccessRules() {
        return AccessRules.of("enterprises")
                .grant("COMMITTEE_ADMIN", READ, WRITE)
                .grant("DEPARTMENT_OFFICER", READ, WRITE)
                .grant("COUNTY_OFFICER", READ, WRITE)
                .grant("INSPECTOR", READ)
                .grant("ENTERPRISE_MANAGER", READ, WRITE)
                .grant("TIP_OFF_OFFICER", READ)
                .grant("AUDITOR", READ)
                .api(rules -> rules
                        // the picker of the report and account forms: within the caller's data scope
                        .get("/api/v1/enterprises/choices", READ)
                        .get("/api/v1/enterprises/**", READ)
                        .writes("/api/v1/enterprises/**", WRITE))
                .pages(rules -> rules
                        .get("/enterprises/import/**", WRITE)
                        .get("/enterprises/new", WRITE)
                        .get("/enterprises/*/edit", WRITE)
                        .get("/enterprises/**", READ)
                        .post("/enterprises/**", WRITE))
                .build();
    }
}
