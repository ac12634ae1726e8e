package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestPostgresContextCustomizerFactory;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each API client is held to its own rate limit: the tests configure {@code rate-limited-test-client} with 2 calls per
 * minute ({@code zhiben.security.rate-limit.clients.<client id>}) and every other client with the default.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRateLimitTest {

    static final String UNITS = "/api/v1/organization/units";

    final RequestPostProcessor admin = TestCallers.as(
            RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_client_over_its_own_limit_gets_429_with_retry_after_and_problem_details_while_others_go_on()
            throws Exception {
        String limited = token(TestPostgresContextCustomizerFactory.RATE_LIMITED_CLIENT);
        String other = token("rate-free-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(mvc.get().uri(UNITS).with(TestCallers.bearer(limited))).hasStatusOk();
        assertThat(mvc.get().uri(UNITS).with(TestCallers.bearer(limited))).hasStatusOk();
        var refused = mvc.get().uri(UNITS).with(TestCallers.bearer(limited)).exchange();

        assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.code").isEqualTo("security.rate-limited");
                    assertThat(json).extractingPath("$.status").asNumber().isEqualTo(429);
                    assertThat(json).extractingPath("$.detail").asString().contains("每分钟2次");
                });
        long retryAfter = Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(mvc.get().uri(UNITS).with(TestCallers.bearer(limited)).header("Accept-Language", "en"))
                .hasStatus(429).bodyJson().extractingPath("$.detail").asString()
                .startsWith("This API client has exceeded its limit of 2 calls per minute");

        for (int i = 0; i < 10; i++) {
            assertThat(mvc.get().uri(UNITS).with(TestCallers.bearer(other))).hasStatusOk();
        }
        // signed-in users are not API clients: not held to a client's limit
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get().uri(UNITS).with(admin)).hasStatusOk();
        }
    }

    private String token(String clientId) throws Exception {
        var registered = mvc.post().uri("/api/v1/identity/api-clients").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId": "%s", "name": "Test", "owner": "Test bureau", "scopes": ["organization:read"],
                         "dataScope": {"prefectureWide": true}}""".formatted(clientId)).exchange();
        assertThat(registered).hasStatus(201);
        Map<?, ?> body = JsonMapper.builder().build().readValue(registered.getResponse().getContentAsString(),
                Map.class);
        return TestCallers.accessToken(mvc, clientId, body.get("secret").toString(), "organization:read");
    }
}
