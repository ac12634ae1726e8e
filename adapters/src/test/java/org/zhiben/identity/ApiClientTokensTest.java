package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.accessToken;
import static org.zhiben.platform.testing.TestCallers.bearer;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.application.RegisterApiClientCommand;
import org.zhiben.identity.application.ApiClientCommand;
import org.zhiben.identity.application.DisableApiClient;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.organization.OrganizationPermissions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;

@SpringBootTest
@AutoConfigureMockMvc
class ApiClientTokensTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegisterApiClient registerApiClient;

    @Autowired
    DisableApiClient disableApiClient;

    @Test
    void a_registered_client_obtains_a_token_with_client_credentials_and_reads_the_units() {
        String token = accessToken(registerApiClient, mvc, DataScope.wholePrefecture(), OrganizationPermissions.READ);

        assertThat(mvc.get().uri("/api/v1/organization/units").with(bearer(token))).hasStatusOk()
                .bodyJson().extractingPath("$[0].code").isNotNull();
    }

    @Test
    void a_token_without_the_permission_is_refused_with_a_403_problem() {
        String token = accessToken(registerApiClient, mvc, DataScope.wholePrefecture(), HazardPermissions.READ);

        assertThat(mvc.get().uri("/api/v1/organization/units").with(bearer(token)))
                .hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("security.forbidden");
    }

    @Test
    void a_call_without_a_token_is_refused_with_a_401_problem_not_a_redirect() {
        assertThat(mvc.get().uri("/api/v1/organization/units"))
                .hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .bodyJson().extractingPath("$.code").isEqualTo("security.unauthenticated");
    }

    @Test
    void a_forged_token_is_refused_with_401() {
        assertThat(mvc.get().uri("/api/v1/organization/units").with(bearer("eyJhbGciOiJub25lIn0.e30.")))
                .hasStatus(401);
    }

    @Test
    void a_wrong_secret_gets_no_token() {
        ClientId clientId = ClientId.of("wrong-secret-" + System.nanoTime());
        registerApiClient.register(Actor.SYSTEM, new RegisterApiClientCommand(clientId, "System", "Bureau",
                Set.of(OrganizationPermissions.READ), DataScope.wholePrefecture()));

        assertThat(mvc.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((clientId.value() + ":Not-The-Secret-123").getBytes()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")).hasStatus(401);
    }

    @Test
    void a_client_cannot_obtain_a_scope_it_was_not_granted() {
        ClientId clientId = ClientId.of("narrow-" + System.nanoTime());
        var issued = registerApiClient.register(Actor.SYSTEM, new RegisterApiClientCommand(clientId, "System",
                "Bureau", Set.of(HazardPermissions.READ), DataScope.wholePrefecture()));

        assertThat(mvc.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((clientId.value() + ":" + issued.secret()).getBytes()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .param("scope", "organization:read")).hasStatus(400);
    }

    @Test
    void the_token_of_a_client_that_was_disabled_is_refused_before_it_expires() {
        ClientId clientId = ClientId.of("to-disable-" + System.nanoTime());
        var issued = registerApiClient.register(Actor.SYSTEM, new RegisterApiClientCommand(clientId, "System",
                "Bureau", Set.of(OrganizationPermissions.READ), DataScope.jurisdiction(
                        org.zhiben.shared.JurisdictionCode.of("653022"))));
        String token = accessToken(mvc, clientId.value(), issued.secret(), "organization:read");
        assertThat(mvc.get().uri("/api/v1/organization/units").with(bearer(token))).hasStatusOk();

        disableApiClient.disable(Actor.SYSTEM, new ApiClientCommand(clientId, "retired"));

        assertThat(mvc.get().uri("/api/v1/organization/units").with(bearer(token))).hasStatus(401);
    }
}
