package org.zhiben.identity.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/** The users' list names each user's unit and jurisdiction (属地), never their codes. */
@SpringBootTest
@AutoConfigureMockMvc
class UserPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_users_list_shows_the_jurisdiction_by_name() throws Exception {
        String username = "akto-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/api/v1/identity/users").with(TestCallers.committeeAdmin())
                .contentType("application/json").content("""
                        {"username":"%s","displayName":"阿克陶县应急局干部","roles":["COUNTY_OFFICER"],"unit":"EMB",
                         "jurisdiction":"653022"}""".formatted(username))).hasStatus(201);

        String html = "";
        for (int page = 0; page < 100 && !html.contains(">" + username + "<"); page++) {
            var answer = mvc.get().uri("/admin/users?page=" + page).with(TestCallers.committeeAdmin()).exchange();
            assertThat(answer).hasStatusOk();
            html = answer.getResponse().getContentAsString();
        }
        String row = html.substring(html.indexOf(">" + username + "<"));
        row = RawCodes.visibleText(row.substring(0, row.indexOf("</tr>")));
        assertThat(row).contains("阿克陶县").doesNotContain("653022");
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }
}
