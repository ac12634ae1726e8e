package org.zhiben.identity;

import org.zhiben.identity.storage.UserAccounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.IssuedPassword;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.DisableUser;
import org.zhiben.identity.application.DisableUserCommand;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

@SpringBootTest
@AutoConfigureMockMvc
class FormLoginTest {

    static final String PASSWORD = "Correct-Horse-42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUser createUser;

    @Autowired
    DisableUser disableUser;

    @Autowired
    ChangeOwnPassword changeOwnPassword;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_user_signs_in_with_the_right_password_and_reaches_the_start_page() {
        String username = userWithPassword();

        MvcTestResult login = login(username, PASSWORD);

        assertThat(login).hasStatus3xxRedirection().hasRedirectedUrl("/");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk().bodyText().contains(username);
    }

    @Test
    void a_wrong_password_is_sent_back_to_the_login_page_with_an_error() {
        String username = userWithPassword();

        assertThat(login(username, "Wrong-Password-1")).hasRedirectedUrl("/login?error");
        assertThat(login("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void a_failed_sign_in_keeps_the_user_name_but_not_the_password() throws Exception {
        String username = userWithPassword();

        MvcTestResult failed = login(username, "Wrong-Password-1");
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);

        assertThat(failed).hasRedirectedUrl("/login?error");
        String page = mvc.get().uri("/login?error").session(session).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"" + username + "\"").doesNotContain("Wrong-Password-1");
        String again = mvc.get().uri("/login").session(session).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).as("shown once").doesNotContain(username);
    }

    @Test
    void the_fifth_failure_in_a_row_locks_the_account_even_against_the_right_password() {
        String username = userWithPassword();
        for (int i = 0; i < 4; i++) {
            assertThat(login(username, "Wrong-Password-" + i)).hasRedirectedUrl("/login?error");
        }

        assertThat(login(username, "Wrong-Password-5")).hasRedirectedUrl("/login?locked");
        assertThat(login(username, PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(accounts.findByUsername(Username.of(username)).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void a_disabled_user_is_refused() {
        String username = userWithPassword();
        UserId id = accounts.findByUsername(Username.of(username)).orElseThrow().id();
        disableUser.disable(new DisableUserCommand(new Actor("someone-else", "COMMITTEE_ADMIN", "ACO"), id));

        assertThat(login(username, PASSWORD)).hasRedirectedUrl("/login?disabled");
    }

    @Test
    void a_user_with_a_one_time_password_is_kept_on_the_password_page_until_they_change_it() {
        String username = "otp-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(username),
                "Test", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN)));

        MvcTestResult login = login(username, issued.oneTimePassword());
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/password");
        assertThat(mvc.get().uri("/api/v1/organization/units").session(session)).hasStatus(403);
        assertThat(mvc.get().uri("/password").session(session)).hasStatusOk();

        assertThat(mvc.post().uri("/password").session(session).with(csrf())
                .param("currentPassword", issued.oneTimePassword())
                .param("newPassword", PASSWORD).param("confirmation", PASSWORD))
                .hasRedirectedUrl("/?passwordChanged");

        assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/organization/units").session(session)).hasStatusOk();
        assertThat(accounts.findByUsername(Username.of(username)).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void a_new_password_that_breaks_the_policy_is_refused_on_the_page() {
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(username),
                "Test", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.AUDITOR)));
        MockHttpSession session = (MockHttpSession) login(username, issued.oneTimePassword()).getRequest()
                .getSession(false);

        assertThat(mvc.post().uri("/password").session(session).with(csrf())
                .param("currentPassword", issued.oneTimePassword())
                .param("newPassword", "short").param("confirmation", "short"))
                .hasStatusOk().bodyText().contains("密码至少需要12个字符");
        assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/password");
    }

    @Test
    void posting_a_page_form_without_the_csrf_token_is_refused() {
        String username = userWithPassword();

        assertThat(mvc.post().uri("/login").param("username", username).param("password", PASSWORD))
                .hasStatus(403);
    }

    @Test
    void a_session_user_needs_the_csrf_token_to_change_data_through_the_api() {
        String username = userWithPassword(RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));
        MockHttpSession session = (MockHttpSession) login(username, PASSWORD).getRequest().getSession(false);

        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session)
                .contentType("application/json").content("{\"description\":\"x\"}")).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/responsibility/resolutions").session(session).with(csrf())
                .contentType("application/json").content("{\"description\":\"x\"}").exchange().getResponse()
                .getStatus()).isNotIn(401, 403);
    }

    @Test
    void pages_need_a_login_and_send_secure_headers() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/login")).hasStatusOk()
                .hasHeader("X-Frame-Options", "DENY")
                .headers().hasHeaderSatisfying("Content-Security-Policy",
                        values -> assertThat(values.get(0)).contains("default-src 'self'"));
    }

    @Test
    void the_login_page_is_chinese_by_default_and_english_on_request() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("用户名");
        assertThat(mvc.get().uri("/login").param("lang", "en")).hasStatusOk().bodyText().contains("Username");
    }

    private String userWithPassword() {
        return userWithPassword(RoleAssignment.ofJurisdiction(UnitCode.of("EMB"), JurisdictionCode.of("653022"),
                Role.COUNTY_OFFICER));
    }

    private String userWithPassword(RoleAssignment assignment) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = createUser.create(Actor.SYSTEM,
                new CreateUserCommand(Username.of(username), "Test", assignment));
        changeOwnPassword.change(new Actor(username, "COUNTY_OFFICER", "EMB"),
                new ChangeOwnPasswordCommand(Username.of(username), issued.oneTimePassword(), PASSWORD));
        return username;
    }

    private MvcTestResult login(String username, String password) {
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password)
                .exchange();
    }
}
