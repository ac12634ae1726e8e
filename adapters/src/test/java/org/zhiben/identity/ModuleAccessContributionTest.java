package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.trials.TrialsModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.security.CombinedAccessRules;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;

/**
 * A new module needs no edit in identity: the test-only module {@link TrialsModule} contributes its permissions, the
 * roles holding them and its rules as one bean, and identity enforces them — for users, pages and API clients.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TrialsModule.class)
class ModuleAccessContributionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CombinedAccessRules accessRules;

    @Autowired
    RolePermissions rolePermissions;

    @Autowired
    RegisterApiClient registerApiClient;

    @Test
    void the_modules_permissions_and_their_holders_join_the_matrix() {
        assertThat(rolePermissions.ofScope("trials:read")).contains(TrialsModule.READ);
        assertThat(rolePermissions.of(Role.INSPECTOR)).contains(TrialsModule.READ).doesNotContain(TrialsModule.RUN);
        assertThat(rolePermissions.of(Role.COUNTY_OFFICER)).contains(TrialsModule.READ, TrialsModule.RUN);
        assertThat(rolePermissions.of(Role.COMMITTEE_ADMIN)).doesNotContain(TrialsModule.READ);
        assertThat(rolePermissions.grantableToApiClients()).contains(TrialsModule.READ).doesNotContain(TrialsModule.RUN);
        assertThat(accessRules.ruleFor(HttpMethod.GET, "/api/v1/trials/{id}")).map(AccessRule::permission)
                .contains(TrialsModule.READ);
        assertThat(accessRules.ruleFor(HttpMethod.POST, "/api/v1/trials")).map(AccessRule::permission)
                .contains(TrialsModule.RUN);
    }

    @Test
    void its_api_lets_in_exactly_the_roles_holding_its_permissions() {
        assertThat(mvc.get().uri("/api/v1/trials/7")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/trials/7").with(TestCallers.as(TestCallers.typical(Role.INSPECTOR))))
                .hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo("7");
        assertThat(mvc.get().uri("/api/v1/trials/7").with(TestCallers.committeeAdmin())).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/trials").with(TestCallers.countyOfficer(TestCallers.AKTO)))
                .hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/trials").with(TestCallers.as(TestCallers.typical(Role.INSPECTOR))))
                .hasStatus(403);
    }

    @Test
    void its_pages_too() {
        assertThat(mvc.get().uri("/trials/board").with(TestCallers.as(TestCallers.typical(Role.INSPECTOR))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/trials/board").with(TestCallers.committeeAdmin())).hasStatus(403);
    }

    @Test
    void an_api_client_may_be_granted_its_permission_when_the_module_says_so() {
        String token = TestCallers.accessToken(registerApiClient, mvc, DataScope.wholePrefecture(), TrialsModule.READ);

        assertThat(mvc.get().uri("/api/v1/trials/8").with(TestCallers.bearer(token))).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/trials").with(TestCallers.bearer(token))).hasStatus(403);
    }
}
