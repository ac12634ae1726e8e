package org.zhiben.platform.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.RegisterApiClientCommand;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.ClientId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Callers for MockMvc tests of any module, now that every API call must be authenticated.
 *
 * <ul>
 * <li>{@link #as(RoleAssignment)} and the shortcuts ({@link #committeeAdmin()}, {@link #countyOfficer(String)}, ...):
 *     a signed-in user with those roles and that affiliation — a fabricated session principal, no account in the
 *     database — with a CSRF token, as the pages' own calls send it. Use with {@code mvc.get().uri(...).with(...)}.
 *     {@code CurrentActors} answers for it exactly as for a real user.</li>
 * <li>{@link #accessToken}: registers a real API client with the given scopes and data scope and obtains a real access
 *     token at {@code /oauth2/token}; send it with {@link #bearer(String)}.</li>
 * </ul>
 */
public final class TestCallers {

    public static final UnitCode COMMITTEE_OFFICE = UnitCode.of("ACO");
    public static final String AKTO = "653022";
    public static final String ARTUX = "653001";

    private TestCallers() {
    }

    /** A signed-in user with the given roles and affiliation (a unique username). */
    public static RequestPostProcessor as(RoleAssignment assignment) {
        return as("test-" + UUID.randomUUID().toString().substring(0, 8), assignment);
    }

    public static RequestPostProcessor as(String username, RoleAssignment assignment) {
        RequestPostProcessor token = csrf();
        return request -> {
            // the permissions the roles grant are those the application's modules declare
            RolePermissions permissions = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(RolePermissions.class);
            SignedInUser user = signedIn(username, assignment, permissions);
            RequestPostProcessor signedIn = authentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
            return token.postProcessRequest(signedIn.postProcessRequest(request));
        };
    }

    /** The session principal of a user with these roles and affiliation. */
    public static SignedInUser signedIn(String username, RoleAssignment assignment, RolePermissions permissions) {
        UserAccount account = UserAccount.restore(UserId.newId(), Username.of(username), "Test " + username,
                assignment, true, "{noop}unused", false, 0, null, 0);
        return SignedInUser.of(account, 0, permissions);
    }

    /**
     * Runs {@code work} outside a request as a signed-in committee administrator, as a test arranges its data through
     * the use cases (which act within their caller's scope), and restores the previous caller afterwards.
     */
    public static <T> T asCommitteeAdmin(RolePermissions permissions, Supplier<T> work) {
        SignedInUser user = signedIn("test-setup-" + UUID.randomUUID().toString().substring(0, 8),
                typical(Role.COMMITTEE_ADMIN), permissions);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A typical assignment for each role: ACO staff, a county officer of Akto, an enterprise's manager, ... */
    public static RoleAssignment typical(Role role) {
        return switch (role) {
            case COUNTY_OFFICER -> RoleAssignment.ofJurisdiction(UnitCode.of("AKTO_GOV"), JurisdictionCode.of(AKTO), role);
            case DEPARTMENT_OFFICER -> RoleAssignment.ofUnit(UnitCode.of("HOUSING"), role);
            case INSPECTOR -> RoleAssignment.ofJurisdiction(UnitCode.of("EMB"), JurisdictionCode.of(AKTO), role);
            case ENTERPRISE_MANAGER -> RoleAssignment.enterpriseManager(UUID.randomUUID());
            case API_CLIENT -> throw new IllegalArgumentException("API clients call with a bearer token");
            default -> RoleAssignment.ofUnit(COMMITTEE_OFFICE, role);
        };
    }

    public static RequestPostProcessor committeeAdmin() {
        return as(typical(Role.COMMITTEE_ADMIN));
    }

    public static RequestPostProcessor auditor() {
        return as(typical(Role.AUDITOR));
    }

    /** An officer of the county's (or city's) government, e.g. AKTO_GOV for Akto. */
    public static RequestPostProcessor countyOfficer(String jurisdiction) {
        return as(RoleAssignment.ofJurisdiction(countyGovernment(jurisdiction), JurisdictionCode.of(jurisdiction),
                Role.COUNTY_OFFICER));
    }

    /** The local-government unit of a county or city of the Kizilsu plan. */
    public static UnitCode countyGovernment(String jurisdiction) {
        return UnitCode.of(switch (jurisdiction) {
            case ARTUX -> "ARTUX_GOV";
            case AKTO -> "AKTO_GOV";
            case "653023" -> "AKQI_GOV";
            case "653024" -> "ULUGQAT_GOV";
            default -> throw new IllegalArgumentException("no county government for " + jurisdiction);
        });
    }

    public static RequestPostProcessor departmentOfficer(String unit) {
        return as(RoleAssignment.ofUnit(UnitCode.of(unit), Role.DEPARTMENT_OFFICER));
    }

    /** An {@code Authorization: Bearer} header. */
    public static RequestPostProcessor bearer(String accessToken) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
            return request;
        };
    }

    /** Registers a client (unique id) with these scopes and data scope and returns a fresh access token for it. */
    public static String accessToken(RegisterApiClient registerApiClient, MockMvcTester mvc, DataScope dataScope,
                                     Permission... scopes) {
        ClientId clientId = ClientId.of("test-" + UUID.randomUUID().toString().substring(0, 13));
        var issued = registerApiClient.register(Actor.SYSTEM, new RegisterApiClientCommand(clientId,
                "Test system", "Test bureau", Set.of(scopes), dataScope));
        return accessToken(mvc, clientId.value(), issued.secret(),
                Arrays.stream(scopes).map(Permission::scope).collect(Collectors.joining(" ")));
    }

    /** Obtains an access token at /oauth2/token with the client-credentials grant (HTTP Basic client auth). */
    public static String accessToken(MockMvcTester mvc, String clientId, String secret, String scope) {
        var result = mvc.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((form(clientId) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .param("scope", scope)
                .exchange();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("no token: " + result.getResponse().getStatus());
        }
        try {
            Map<?, ?> body = JsonMapper.builder().build().readValue(result.getResponse().getContentAsString(),
                    Map.class);
            return (String) body.get("access_token");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Client id and secret are form-encoded before they go into HTTP Basic (RFC 6749 2.3.1). */
    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
