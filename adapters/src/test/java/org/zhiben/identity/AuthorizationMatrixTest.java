package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.security.CombinedAccessRules;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Permission;

/**
 * Every endpoint the application registers, for every role: nobody gets in without signing in (401 on the API, the
 * login page for pages), a role without the permission gets 403, a role with it gets through (any other status —
 * 400, 404 — counts: the ids here are made up). The endpoints are read from Spring MVC itself, so a new endpoint is
 * checked automatically, and one without a rule in the modules' access rules ({@link CombinedAccessRules}) fails this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    /** Pages and documents anyone may open. */
    static final Set<String> PUBLIC_PAGES = Set.of("/login", "/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html", "/public/enforcement/decisions",
            "/public/enforcement/decisions/feed.atom", "/public/enforcement/decisions/feed.json",
            "/public/enforcement/typical-cases", "/public/enforcement/typical-cases/feed.json");

    static final String MADE_UP_ID = "00000000-0000-4000-8000-000000000000";

    /**
     * Operations on the whole prefecture: besides the permission, the caller's data scope must be prefecture-wide, so
     * a role holding the permission with a narrower typical scope (a county, a department's industries) gets 403. (A
     * new escalation policy is prefecture-wide only too; the empty body sent here is refused before, with 400.)
     */
    static final Set<String> PREFECTURE_WIDE_ONLY = Set.of("POST /api/v1/hazards/escalations/runs",
            "POST /hazards/overdue/run");

    @Autowired
    DataScopePolicy scopes;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CombinedAccessRules accessRules;

    @Autowired
    RolePermissions rolePermissions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    record Endpoint(HttpMethod method, String pattern, String uri) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void every_api_endpoint_has_a_rule_and_lets_in_exactly_the_roles_with_its_permission() {
        List<Endpoint> api = endpoints().stream().filter(Endpoint::api).toList();
        assertThat(api).extracting(Endpoint::toString)
                .contains("GET /api/v1/organization/units", "POST /api/v1/responsibility/resolutions",
                        "GET /api/v1/audit/verification", "POST /api/v1/identity/users");

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : api) {
            Optional<Permission> required = requiredPermission(endpoint);
            softly.assertThat(required).as("rule for %s", endpoint).isPresent();
            if (required.isEmpty()) {
                continue;
            }
            softly.assertThat(status(endpoint, null)).as("%s without signing in", endpoint).isEqualTo(401);
            for (Role role : Role.values()) {
                if (role == Role.API_CLIENT) {
                    continue;
                }
                int status = status(endpoint, TestCallers.as(TestCallers.typical(role)));
                if (rolePermissions.of(role).contains(required.get()) && narrowerThanNeeded(endpoint, role)) {
                    softly.assertThat(status).as("%s as %s (has %s, not prefecture-wide)", endpoint, role,
                            required.get()).isEqualTo(403);
                } else if (rolePermissions.of(role).contains(required.get())) {
                    softly.assertThat(status).as("%s as %s (has %s)", endpoint, role, required.get())
                            .isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as("%s as %s (lacks %s)", endpoint, role, required.get())
                            .isEqualTo(403);
                }
            }
            int asClient = status(endpoint, jwt().jwt(token -> token.subject("matrix-client"))
                    .authorities(rolePermissions.grantableToApiClients().stream()
                            .<org.springframework.security.core.GrantedAuthority>map(
                                    p -> new SimpleGrantedAuthority(SignedInUser.authority(p))).toList()));
            if (rolePermissions.grantableToApiClients().contains(required.get())) {
                softly.assertThat(asClient).as("%s as an API client granted %s", endpoint, required.get())
                        .isNotIn(401, 403);
            } else {
                softly.assertThat(asClient).as("%s as an API client (never granted %s)", endpoint, required.get())
                        .isEqualTo(403);
            }
        }
        softly.assertAll();
    }

    @Test
    void every_page_needs_a_login_unless_it_is_public() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.api() || PUBLIC_PAGES.contains(endpoint.pattern())) {
                continue;
            }
            var result = request(endpoint, null).exchange();
            softly.assertThat(result.getResponse().getStatus()).as("%s without signing in", endpoint)
                    .isIn(302, 403);
            if (endpoint.method() == HttpMethod.GET) {
                softly.assertThat(result.getResponse().getRedirectedUrl()).as("%s redirects to", endpoint)
                        .endsWith("/login");
            }
        }
        softly.assertAll();
    }

    @Test
    void every_page_lets_in_exactly_the_roles_with_its_permission() {
        List<Endpoint> pages = endpoints().stream()
                .filter(endpoint -> !endpoint.api() && !PUBLIC_PAGES.contains(endpoint.pattern()))
                .toList();
        assertThat(pages).extracting(Endpoint::toString)
                .contains("GET /campaign/tasks", "POST /campaign/tasks/{number}/progress", "GET /admin/users",
                        "GET /audit", "GET /hazards/{id}", "POST /hazards/{id}/{move}", "GET /enterprises/import",
                        "GET /inbox", "POST /inbox/{id}/read", "POST /inbox/read-all");

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : pages) {
            Optional<Permission> required = accessRules.requiredPagePermission(
                    new MockHttpServletRequest(endpoint.method().name(), endpoint.uri()));
            for (Role role : Role.values()) {
                if (role == Role.API_CLIENT) {
                    continue;
                }
                int status = status(endpoint, TestCallers.as(TestCallers.typical(role)));
                if (required.isPresent() && rolePermissions.of(role).contains(required.get())
                        && narrowerThanNeeded(endpoint, role)) {
                    softly.assertThat(status).as("%s as %s (has %s, not prefecture-wide)", endpoint, role,
                            required.get()).isEqualTo(403);
                } else if (required.isEmpty() || rolePermissions.of(role).contains(required.get())) {
                    softly.assertThat(status).as("%s as %s (needs %s)", endpoint, role, required)
                            .isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as("%s as %s (lacks %s)", endpoint, role, required.get())
                            .isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void a_move_of_a_hazard_on_its_page_needs_supervision_except_the_enterprises_own_rectification() {
        assertThat(accessRules.requiredPagePermission(new MockHttpServletRequest("POST",
                "/hazards/" + MADE_UP_ID + "/rectification"))).contains(HazardPermissions.REPORT);
        assertThat(accessRules.requiredPagePermission(new MockHttpServletRequest("POST",
                "/hazards/" + MADE_UP_ID + "/write-off"))).contains(HazardPermissions.SUPERVISE);
    }

    @Test
    void an_api_path_without_a_rule_is_denied_even_to_an_administrator() {
        assertThat(mvc.get().uri("/api/v1/nothing-here").with(TestCallers.committeeAdmin())).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/nothing-here")).hasStatus(401);
    }

    private boolean narrowerThanNeeded(Endpoint endpoint, Role role) {
        return PREFECTURE_WIDE_ONLY.contains(endpoint.toString())
                && !scopes.scopeOf(TestCallers.typical(role)).prefectureWide();
    }

    private Optional<Permission> requiredPermission(Endpoint endpoint) {
        MockHttpServletRequest request = new MockHttpServletRequest(endpoint.method().name(), endpoint.uri());
        return accessRules.requiredPermission(request);
    }

    private int status(Endpoint endpoint, RequestPostProcessor caller) {
        return request(endpoint, caller).exchange().getResponse().getStatus();
    }

    private MockMvcTester.MockMvcRequestBuilder request(Endpoint endpoint, RequestPostProcessor caller) {
        var request = mvc.method(endpoint.method()).uri(endpoint.uri());
        if (endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.DELETE) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (caller != null) {
            request = request.with(caller);
        }
        return request;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String uri = pattern.replaceAll("\\{[^}]+}", MADE_UP_ID);
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern, uri));
                } else {
                    methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, uri)));
                }
            }
        });
        return endpoints;
    }
}
