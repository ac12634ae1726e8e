package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A state-changing API call that rides on a session cookie needs the CSRF token, whatever {@code Authorization}
 * header comes with it; only a call authenticated by a valid bearer token goes without, and such a call has its
 * client's rights alone, not those of the session's user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsrfOnTheApiTest {

    static final String PASSWORD = "Correct-Horse-42";
    static final String RESOLUTION = "{\"description\":\"x\"}";

    final RequestPostProcessor admin = TestCallers.as(
            RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_session_call_with_any_other_authorization_header_still_needs_the_csrf_token() throws Exception {
        MockHttpSession session = signedInAdministrator();

        for (String authorization : List.of("Basic eA==", "Basic x", "Negotiate YIIB", "", "Digest x", "Token abc")) {
            assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .contentType(MediaType.APPLICATION_JSON).content(RESOLUTION))
                    .as("Authorization: %s", authorization).hasStatus(403);
        }
    }

    @Test
    void a_session_call_with_an_invalid_bearer_token_is_refused_as_unauthenticated() throws Exception {
        MockHttpSession session = signedInAdministrator();

        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session)
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                .contentType(MediaType.APPLICATION_JSON).content(RESOLUTION)).hasStatus(401);
    }

    @Test
    void a_bearer_call_next_to_a_session_is_the_client_alone_and_needs_no_csrf_token() throws Exception {
        MockHttpSession session = signedInAdministrator();
        String clientId = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        var registered = mvc.post().uri("/api/v1/identity/api-clients").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId": "%s", "name": "Test", "owner": "Test bureau", "scopes": ["hazards:report"],
                         "dataScope": {"prefectureWide": true}}""".formatted(clientId)).exchange();
        assertThat(registered).hasStatus(201);
        String secret = JsonMapper.builder().build().readValue(registered.getResponse().getContentAsString(),
                java.util.Map.class).get("secret").toString();
        String token = TestCallers.accessToken(mvc, clientId, secret, "hazards:report");

        // the token alone decides, the session's user adds nothing: the client may not resolve responsibilities
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session).with(TestCallers.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(RESOLUTION)).hasStatus(403)
                .bodyJson().extractingPath("$.code").isEqualTo("security.forbidden");
        // and a call it may make passes without a CSRF token (refused later for its content, not by CSRF)
        assertThat(mvc.post().uri("/api/v1/hazards").session(session).with(TestCallers.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange().getResponse().getStatus())
                .isEqualTo(400);
    }

    private MockHttpSession signedInAdministrator() throws Exception {
        String username = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        var created = mvc.post().uri("/api/v1/identity/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"x\",\"roles\":[\"COMMITTEE_ADMIN\"],\"unit\":\"ACO\"}"
                        .formatted(username)).exchange();
        assertThat(created).hasStatus(201);
        String oneTime = JsonMapper.builder().build().readValue(created.getResponse().getContentAsString(),
                java.util.Map.class).get("oneTimePassword").toString();
        MockHttpSession session = login(username, oneTime);
        assertThat(mvc.post().uri("/password").session(session).with(csrf()).param("currentPassword", oneTime)
                .param("newPassword", PASSWORD).param("confirmation", PASSWORD)).hasRedirectedUrl("/?passwordChanged");
        // with the token the same session call is accepted
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(RESOLUTION).exchange().getResponse().getStatus())
                .isNotIn(401, 403);
        return session;
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var login = mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password)
                .exchange();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
