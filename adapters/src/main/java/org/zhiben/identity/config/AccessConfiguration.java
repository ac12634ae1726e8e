package org.zhiben.identity.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.security.CombinedAccessRules;

/** Which role holds which permission: the union of what the modules declare with their access rules. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    RolePermissions rolePermissions(CombinedAccessRules rules) {
        return rules.rolePermissions();
    }
}
