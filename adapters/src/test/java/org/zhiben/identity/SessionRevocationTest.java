package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator's change to an account reaches the sessions the account already has: after the account is
 * disabled, its password reset, or its roles or unit changed, the next request on an old session is signed out —
 * the API answers 401 problem details, a page redirects to the login page — and nothing is changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionRevocationTest {

    static final String PASSWORD = "Correct-Horse-42";
    static final String AKTO_OFFICER = """
            {"username": "%s", "displayName": "县级干部", "roles": ["COUNTY_OFFICER"], "unit": "AKTO_GOV",
             "jurisdiction": "653022"}""";

    final RequestPostProcessor admin = TestCallers.as(
            RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_disabled_users_open_session_can_no_longer_create_an_enterprise() throws Exception {
        Account officer = signedInCountyOfficer();
        assertThat(mvc.get().uri("/api/v1/enterprises").session(officer.session())).hasStatusOk();

        assertThat(mvc.post().uri("/api/v1/identity/users/{id}/disable", officer.id()).with(admin)).hasStatusOk();

        assertThat(createEnterprise(officer.session())).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("security.unauthenticated");
        assertThat(mvc.get().uri("/").session(officer.session())).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void a_county_officer_made_auditor_can_no_longer_create_an_escalation_policy() throws Exception {
        Account officer = signedInCountyOfficer();

        assertThat(mvc.put().uri("/api/v1/identity/users/{id}/assignment", officer.id()).with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"AUDITOR\"],\"unit\":\"ACO\"}"))
                .hasStatusOk();

        String effectiveFrom = LocalDate.now().plusYears(20)
                .plusDays(ThreadLocalRandom.current().nextInt(3000)).toString();
        assertThat(mvc.post().uri("/api/v1/hazards/escalation-policies").session(officer.session()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("effectiveFrom", effectiveFrom, "warningLetterDays", 3, "circularDays", 10,
                        "interviewDays", 20, "publicExposureDays", 40))))
                .hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("security.unauthenticated");
        assertThat(mvc.get().uri("/api/v1/hazards/escalation-policies").with(admin)).hasStatusOk()
                .bodyText().doesNotContain(effectiveFrom);
    }

    @Test
    void moving_an_officer_to_another_county_ends_their_session() throws Exception {
        Account officer = signedInCountyOfficer();

        assertThat(mvc.put().uri("/api/v1/identity/users/{id}/assignment", officer.id()).with(admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"COUNTY_OFFICER\"],\"unit\":\"ARTUX_GOV\",\"jurisdiction\":\"653001\"}"))
                .hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/enterprises").session(officer.session())).hasStatus(401);
    }

    @Test
    void a_password_reset_ends_the_users_sessions_and_the_one_time_password_signs_in_again() throws Exception {
        Account officer = signedInCountyOfficer();
        MockHttpSession second = login(officer.username(), PASSWORD);

        var reset = mvc.post().uri("/api/v1/identity/users/{id}/password-reset", officer.id()).with(admin)
                .exchange();
        assertThat(reset).hasStatusOk();
        String oneTimePassword = read(reset.getResponse().getContentAsString()).get("oneTimePassword").toString();

        assertThat(mvc.get().uri("/api/v1/enterprises").session(officer.session())).hasStatus(401);
        assertThat(mvc.get().uri("/enterprises").session(second)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        MockHttpSession fresh = login(officer.username(), oneTimePassword);
        assertThat(mvc.get().uri("/password").session(fresh)).hasStatusOk();
    }

    @Test
    void a_change_to_another_account_leaves_a_session_alone() throws Exception {
        Account officer = signedInCountyOfficer();
        Account colleague = signedInCountyOfficer();

        assertThat(mvc.post().uri("/api/v1/identity/users/{id}/disable", colleague.id()).with(admin)).hasStatusOk();

        assertThat(createEnterprise(officer.session())).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/enterprises").session(colleague.session())).hasStatus(401);
    }

    private MvcTestResult createEnterprise(MockHttpSession session) throws Exception {
        return mvc.post().uri("/api/v1/enterprises").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"creditCode": "%s", "name": "会话测试企业%s", "jurisdiction": "653022",
                         "industry": "INDUSTRY_TRADE", "address": "阿克陶县光明路1号", "principalName": "张三",
                         "principalPhone": "139 1234 5678", "controllerName": "李四",
                         "controllerPhone": "0908-4221234", "standardisationGrade": "二级"}
                        """.formatted(TestCreditCodes.random(), UUID.randomUUID().toString().substring(0, 8)))
                .exchange();
    }

    record Account(String id, String username, MockHttpSession session) {
    }

    /** A county officer of Akto created through the API, who has chosen a password and signed in. */
    private Account signedInCountyOfficer() throws Exception {
        String username = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        var created = mvc.post().uri("/api/v1/identity/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(AKTO_OFFICER.formatted(username)).exchange();
        assertThat(created).hasStatus(201);
        Map<?, ?> issued = read(created.getResponse().getContentAsString());
        MockHttpSession session = login(username, issued.get("oneTimePassword").toString());
        assertThat(mvc.post().uri("/password").session(session).with(csrf())
                .param("currentPassword", issued.get("oneTimePassword").toString())
                .param("newPassword", PASSWORD).param("confirmation", PASSWORD))
                .hasRedirectedUrl("/?passwordChanged");
        return new Account(issued.get("userId").toString(), username, session);
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var login = mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password)
                .exchange();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotStartWith("/login");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static String json(Map<String, ?> body) {
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    private static Map<?, ?> read(String body) {
        return JsonMapper.builder().build().readValue(body, Map.class);
    }
}
