package org.zhiben.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.zhiben.identity.Role;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.platform.security.AccessRules;
import org.zhiben.shared.Permission;

class CombinedAccessRulesTest {

    static final Permission ALPHA_READ = Permission.reading("alpha:read");
    static final Permission ALPHA_WRITE = Permission.changing("alpha:write");
    static final Permission BETA_READ = Permission.reading("beta:read");

    static final AccessRules ALPHA = AccessRules.of("alpha")
            .grant("INSPECTOR", ALPHA_READ)
            .api(rules -> rules.post("/api/v1/alpha/*/close", ALPHA_READ)
                    .get("/api/v1/alpha/**", ALPHA_READ)
                    .writes("/api/v1/alpha/**", ALPHA_WRITE))
            .pages(rules -> rules.get("/alpha/**", ALPHA_READ))
            .build();

    static final AccessRules BETA = AccessRules.of("beta")
            .grant("AUDITOR", BETA_READ)
            .api(rules -> rules.get("/api/v1/beta/**", BETA_READ))
            .build();

    @Test
    void the_first_rule_of_a_module_that_matches_decides_and_an_unlisted_path_has_no_rule() {
        var combined = new CombinedAccessRules(List.of(BETA, ALPHA));

        assertThat(combined.ruleFor(HttpMethod.POST, "/api/v1/alpha/{id}/close")).map(AccessRule::permission)
                .contains(ALPHA_READ);
        assertThat(combined.ruleFor(HttpMethod.DELETE, "/api/v1/alpha/{id}")).map(AccessRule::permission)
                .contains(ALPHA_WRITE);
        assertThat(combined.ruleFor(HttpMethod.GET, "/api/v1/beta")).map(AccessRule::permission).contains(BETA_READ);
        assertThat(combined.ruleFor(HttpMethod.GET, "/api/v1/gamma")).isEmpty();
        assertThat(combined.requiredPermission(new MockHttpServletRequest("PUT", "/api/v1/alpha/7")))
                .contains(ALPHA_WRITE);
        assertThat(combined.requiredPagePermission(new MockHttpServletRequest("GET", "/alpha/list")))
                .contains(ALPHA_READ);
        assertThat(combined.pageRuleFor(HttpMethod.GET, "/")).isEmpty();
        assertThat(combined.rolePermissions().of(Role.INSPECTOR)).containsExactly(ALPHA_READ);
        assertThat(combined.rolePermissions().ofScope("alpha:write")).contains(ALPHA_WRITE);
    }

    @Test
    void two_modules_may_not_claim_the_same_requests() {
        AccessRules greedy = AccessRules.of("greedy").api(rules -> rules.get("/api/v1/**", BETA_READ)).build();

        assertThatThrownBy(() -> new CombinedAccessRules(List.of(ALPHA, greedy)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("alpha").hasMessageContaining("greedy");
    }

    @Test
    void a_grant_to_a_role_identity_does_not_know_stops_the_application() {
        AccessRules typo = AccessRules.of("typo").grant("INSPECTORS", BETA_READ).build();

        assertThatThrownBy(() -> new CombinedAccessRules(List.of(typo)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("INSPECTORS");
    }

    @Test
    void a_module_contributes_once() {
        assertThatThrownBy(() -> new CombinedAccessRules(List.of(ALPHA, AccessRules.of("alpha").build())))
                .isInstanceOf(IllegalStateException.class);
    }
}
