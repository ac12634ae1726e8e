package org.zhiben.audit.config;

import static org.zhiben.audit.AuditPermissions.READ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may read the audit trail: only the auditor — those who administer accounts do not audit themselves (separation
 * of the administrator's and the auditor's duties).
 */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    @Bean
    AccessRules auditAccessRules() {
        return AccessRules.of("audit")
                .grant("AUDITOR", READ)
                .api(rules -> rules.any("/api/v1/audit/**", READ))
                .pages(rules -> rules.any("/audit/**", READ))
                .build();
    }
}
