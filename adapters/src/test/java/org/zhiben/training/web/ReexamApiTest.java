package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.storage.ReexamFlags;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-examinations through the API and the page: the overdue flags of a county, a re-examination recorded against the
 * version read (a stale version is refused with 412, nothing changes), the flag cleared late once passed after its
 * due day; an enterprise's manager reads its own flag but records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReexamApiTest {

    static final String FLAGS = "/api/v1/training/reexaminations";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReexamFlags flags;

    @Test
    void an_overdue_flag_is_listed_for_its_county_and_a_re_examination_passed_after_the_due_day_clears_it_late() {
        UUID enterprise = UUID.randomUUID();
        ReexamFlag flag = ReexamFlag.raise(ReexamFlagId.newId(), enterprise, JurisdictionCode.of(TestCallers.AKTO),
                IndustryCode.of("MINES"), UUID.randomUUID(), TODAY.minusDays(40), 45, 30);
        flags.save(flag);
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        JsonNode overdue = body(mvc.get().uri(FLAGS + "?overdue=true").with(county).exchange());
        JsonNode listed = overdue.valueStream().filter(f -> f.get("id").asString().equals(flag.id().toString()))
                .findFirst().orElseThrow();
        assertThat(listed.get("overdue").asBoolean()).isTrue();
        assertThat(listed.get("dueBy").asString()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(body(mvc.get().uri(FLAGS + "?overdue=true").with(TestCallers.countyOfficer(TestCallers.ARTUX))
                .exchange()).valueStream().map(f -> f.get("id").asString())).doesNotContain(flag.id().toString());

        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        assertThat(mvc.get().uri(FLAGS + "/" + flag.id()).with(manager).exchange()).hasStatus(200);
        assertThat(result(flag, manager, "\"0\"", TODAY, true)).hasStatus(403);
        MvcTestResult stale = result(flag, county, "\"7\"", TODAY, true);
        assertThat(stale).hasStatus(412);

        MvcTestResult failedAgain = result(flag, county, "\"0\"", TODAY.minusDays(1), false);
        assertThat(failedAgain).hasStatus(200);
        assertThat(body(failedAgain).get("status").asString()).isEqualTo("OPEN");
        MvcTestResult passed = result(flag, county, failedAgain.getResponse().getHeader("ETag"), TODAY, true);
        assertThat(passed).hasStatus(200);
        assertThat(body(passed).get("status").asString()).isEqualTo("CLEARED_LATE");
        assertThat(body(passed).get("statusLabel").asString()).isEqualTo("逾期补考合格");
        assertThat(body(passed).get("overdue").asBoolean()).isFalse();

        String page = new String(mvc.get().uri("/training/reexaminations").with(county).exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("逢查必考", "逾期补考合格");
        assertThat(RawCodes.inHtml(page)).isEmpty();
    }

    private MvcTestResult result(ReexamFlag flag, RequestPostProcessor caller, String etag, LocalDate on,
            boolean passed) {
        return mvc.post().uri(FLAGS + "/" + flag.id() + "/result").with(caller).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("on", on.toString(), "passed", passed))).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
