package org.zhiben.identity.config;

import static org.zhiben.identity.IdentityPermissions.USERS_MANAGE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/** Who may manage accounts and API clients: only the committee office. */
@Configuration(proxyBeanMethods = false)
class IdentityAccess {

    @Bean
    AccessRules identityAccessRules() {
        return AccessRules.of("identity")
                .grant("COMMITTEE_ADMIN", USERS_MANAGE)
                .api(rules -> rules.any("/api/v1/identity/**", USERS_MANAGE))
                .pages(rules -> rules.any("/admin/users/**", USERS_MANAGE).any("/admin/api-clients/**", USERS_MANAGE))
                .build();
    }
}
