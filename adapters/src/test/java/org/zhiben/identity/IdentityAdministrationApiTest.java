package org.zhiben.identity;

import org.zhiben.identity.storage.UserAccounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.accessToken;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.organization.OrganizationPermissions;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityAdministrationApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.as("admin-b",
            RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegisterApiClient registerApiClient;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentActors currentActors;

    @Autowired
    JwtDecoder jwtDecoder;

    @Autowired
    RolePermissions rolePermissions;

    @Test
    void a_fresh_installation_has_an_administrator_who_must_change_the_one_time_password() {
        UserAccount admin = accounts.findByUsername(BootstrapAdministrator.ADMINISTRATOR).orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.COMMITTEE_ADMIN);
        assertThat(admin.unit()).isEqualTo(TestCallers.COMMITTEE_OFFICE);
    }

    @Test
    void an_administrator_creates_reassigns_disables_and_enables_an_account() {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        var created = mvc.post().uri("/api/v1/identity/users").with(ADMIN).contentType("application/json")
                .content("""
                        {"username":"%s","displayName":"Test","roles":["DEPARTMENT_OFFICER"],"unit":"HOUSING"}"""
                        .formatted(username)).exchange();
        assertThat(created).hasStatus(201);
        String id = (String) json(created.getResponse()).get("userId");
        assertThat((String) json(created.getResponse()).get("oneTimePassword")).hasSizeGreaterThanOrEqualTo(12);

        assertThat(mvc.put().uri("/api/v1/identity/users/" + id + "/assignment").with(ADMIN)
                .contentType("application/json")
                .content("{\"roles\":[\"COUNTY_OFFICER\"],\"unit\":\"EMB\",\"jurisdiction\":\"653001\"}"))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.roles[0]").isEqualTo("COUNTY_OFFICER");
                    assertThat(json).extractingPath("$.jurisdiction").isEqualTo("653001");
                });
        assertThat(mvc.post().uri("/api/v1/identity/users/" + id + "/disable").with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.enabled").isEqualTo(false);
        assertThat(mvc.post().uri("/api/v1/identity/users/" + id + "/disable").with(ADMIN)).hasStatus(409)
                .bodyJson().extractingPath("$.code").isEqualTo("identity.user.already-disabled");
        assertThat(mvc.post().uri("/api/v1/identity/users/" + id + "/enable").with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.enabled").isEqualTo(true);
        assertThat(mvc.get().uri("/api/v1/identity/users").param("size", "200").with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").asNumber()
                .satisfies(n -> assertThat(n.longValue()).isPositive());
    }

    @Test
    void malformed_requests_name_the_offending_field() {
        assertThat(mvc.post().uri("/api/v1/identity/users").with(ADMIN).contentType("application/json")
                .content("{\"username\":\"Bad Name\",\"displayName\":\"x\",\"roles\":[\"AUDITOR\"],\"unit\":\"ACO\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("username");
        assertThat(mvc.post().uri("/api/v1/identity/users").with(ADMIN).contentType("application/json")
                .content("{\"username\":\"fine-name\",\"displayName\":\"x\",\"roles\":[\"KING\"],\"unit\":\"ACO\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("roles[0]");
    }

    @Test
    void an_administrator_registers_and_rotates_an_api_client_whose_secret_is_shown_once() {
        String clientId = "sys-" + UUID.randomUUID().toString().substring(0, 8);
        var registered = mvc.post().uri("/api/v1/identity/api-clients").with(ADMIN).contentType("application/json")
                .content("""
                        {"clientId":"%s","name":"公安局系统","owner":"自治州公安局","scopes":["hazards:read"],
                         "dataScope":{"jurisdictions":["653022"]}}""".formatted(clientId)).exchange();
        assertThat(registered).hasStatus(201);
        String secret = (String) json(registered.getResponse()).get("secret");

        var rotated = mvc.post().uri("/api/v1/identity/api-clients/" + clientId + "/secret-rotation").with(ADMIN)
                .exchange();
        assertThat(rotated).hasStatusOk();
        String newSecret = (String) json(rotated.getResponse()).get("secret");

        assertThat(newSecret).isNotEqualTo(secret);
        assertThat(mvc.get().uri("/api/v1/identity/api-clients").with(ADMIN)).hasStatusOk().bodyText()
                .contains(clientId).doesNotContain(secret, newSecret);
        assertThat(mvc.post().uri("/api/v1/identity/api-clients").with(ADMIN).contentType("application/json")
                .content("""
                        {"clientId":"%s-x","name":"x","owner":"x","scopes":["users:manage"],
                         "dataScope":{"prefectureWide":true}}""".formatted(clientId)))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("identity.api-client.scope-not-grantable");
    }

    @Test
    void the_current_actor_of_a_department_officer_sees_the_industries_of_its_unit() {
        SignedInUser officer = TestCallers.signedIn("housing-1",
                RoleAssignment.ofUnit(UnitCode.of("HOUSING"), Role.DEPARTMENT_OFFICER), rolePermissions);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.authorities()));
        try {
            assertThat(currentActors.actor().username()).isEqualTo("housing-1");
            assertThat(currentActors.actor().role()).isEqualTo("DEPARTMENT_OFFICER");
            DataScope scope = currentActors.scope();
            assertThat(scope.prefectureWide()).isFalse();
            assertThat(scope.industries()).isNotEmpty();
            assertThat(scope.jurisdictions()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_current_actor_of_an_api_client_has_its_registered_data_scope() {
        String token = accessToken(registerApiClient, mvc, DataScope.jurisdiction(JurisdictionCode.of("653022")),
                OrganizationPermissions.READ);
        Jwt jwt = jwtDecoder.decode(token);
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, java.util.List.of(),
                jwt.getSubject()));
        try {
            assertThat(currentActors.actor().username()).isEqualTo(jwt.getSubject()).startsWith("test-");
            assertThat(currentActors.actor().role()).isEqualTo("API_CLIENT");
            assertThat(currentActors.scope().jurisdictions()).containsExactly(JurisdictionCode.of("653022"));
            assertThat(currentActors.scope().permits(JurisdictionCode.of("653001"), null, null)).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Map<?, ?> json(MockHttpServletResponse response) {
        try {
            return JsonMapper.builder().build().readValue(response.getContentAsString(), Map.class);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
