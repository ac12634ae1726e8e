package org.zhiben.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's sub-plan titles with their owner, due day and status ("各县（市）人民政府、各相关行业部门于2024年3月18日前将
 * 安全生产治本攻坚三年行动方案报送自治州安委会办公室"): as the owner prepares and submits its sub-plan submission in reporting
 * and the committee office returns or accepts it, the campaign's API and ledger page show draft, submitted, returned,
 * accepted, and late when submitted after 2024-03-18 or still not submitted. Each unit here is used by no other test's
 * sub-plan submission, as the database is shared by the test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubPlanLedgerTest {

    static final String SUB_PLANS = "/api/v1/campaign/sub-plans?unit=";
    static final String SUBMISSIONS = "/api/v1/reporting/submissions";

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    MemberUnits units;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_sub_plans_show_their_owner_due_day_and_status_as_the_owner_submits_and_the_office_reviews() {
        RequestPostProcessor office = TestCallers.committeeAdmin();
        RequestPostProcessor natres = TestCallers.departmentOfficer("NATRES");
        RequestPostProcessor water = TestCallers.departmentOfficer("WATER");

        clock.setTo(LocalDateTime.parse("2024-03-10T09:00:00"));
        JsonNode before = only(mvc.get().uri(SUB_PLANS + "NATRES").with(natres).exchange());
        assertThat(before.get("assignment").asInt()).isEqualTo(9);
        assertThat(before.get("title").asString()).isEqualTo("自然资源系统安全生产治本攻坚三年行动子方案");
        assertThat(before.get("owner").asString()).isEqualTo("NATRES");
        assertThat(before.get("due").asString()).isEqualTo("2024-03-18");
        assertThat(before.get("status").asString()).isEqualTo("NOT_SUBMITTED");
        assertThat(before.get("submittedOn").isNull()).isTrue();
        assertThat(before.get("late").asBoolean()).isFalse();

        String natresId = body(post(SUBMISSIONS, natres, null, Map.of("kind", "SUB_PLAN", "period", "2024-03-18",
                "content", "{\"title\":\"自然资源系统安全生产治本攻坚三年行动子方案\"}"))).get("id").asString();
        assertThat(status(office, "NATRES")).isEqualTo("DRAFT");

        clock.setTo(LocalDateTime.parse("2024-03-18T23:30:00"));
        body(post(SUBMISSIONS + "/" + natresId + "/submit", natres, "\"0\"", Map.of()));
        JsonNode submitted = only(mvc.get().uri(SUB_PLANS + "NATRES").with(office).exchange());
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("submittedOn").asString()).isEqualTo("2024-03-18");
        assertThat(submitted.get("late").asBoolean()).as("submitted on the due day").isFalse();

        clock.setTo(LocalDateTime.parse("2024-03-20T10:00:00"));
        body(post(SUBMISSIONS + "/" + natresId + "/return", office, "\"1\"",
                Map.of("reason", "阶段性目标任务未逐年分解")));
        JsonNode returned = only(mvc.get().uri(SUB_PLANS + "NATRES").with(office).exchange());
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("late").asBoolean()).isFalse();

        JsonNode eco = only(mvc.get().uri(SUB_PLANS + "ECO").with(office).exchange());
        assertThat(eco.get("owner").asString()).isEqualTo("ECO");
        assertThat(eco.get("status").asString()).isEqualTo("NOT_SUBMITTED");
        assertThat(eco.get("late").asBoolean()).as("not submitted after the due day").isTrue();

        String waterId = body(post(SUBMISSIONS, water, null, Map.of("kind", "SUB_PLAN", "period", "2024-03-18",
                "content", "{\"title\":\"水利系统安全生产治本攻坚三年行动子方案\"}"))).get("id").asString();
        body(post(SUBMISSIONS + "/" + waterId + "/submit", water, "\"0\"", Map.of()));
        body(post(SUBMISSIONS + "/" + waterId + "/accept", office, "\"1\"", Map.of()));
        JsonNode accepted = only(mvc.get().uri(SUB_PLANS + "WATER").with(office).exchange());
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("submittedOn").asString()).isEqualTo("2024-03-20");
        assertThat(accepted.get("late").asBoolean()).as("first submitted after the due day").isTrue();

        JsonNode all = body(mvc.get().uri("/api/v1/campaign/sub-plans").with(TestCallers.auditor()).exchange());
        assertThat(all.size()).as("every title of every assignment").isGreaterThan(30);
        assertThat(all.get(0).get("assignment").asInt()).isEqualTo(1);
        assertThat(text(mvc.get().uri("/api/v1/campaign/sub-plans?unit=housing").with(office).exchange()))
                .contains("\"status\":400");

        String waterName = units.findByCode(UnitCode.of("WATER")).orElseThrow().shortName();
        String page = text(mvc.get().uri("/campaign/tasks?unit=WATER").with(office).exchange());
        assertThat(page).contains("子方案报送", "水利系统安全生产治本攻坚三年行动子方案", waterName, "2024年3月18日",
                "已采纳", "逾期", "2024年3月20日", "data-owner=\"WATER\"");
        String natresPage = text(mvc.get().uri("/campaign/tasks?unit=NATRES").with(natres).exchange());
        assertThat(natresPage).contains("自然资源系统安全生产治本攻坚三年行动子方案", "已退回")
                .doesNotContain("水利系统安全生产治本攻坚三年行动子方案");
    }

    private String status(RequestPostProcessor caller, String unit) {
        return only(mvc.get().uri(SUB_PLANS + unit).with(caller).exchange()).get("status").asString();
    }

    private JsonNode only(MvcTestResult result) {
        JsonNode list = body(result);
        assertThat(list.size()).isEqualTo(1);
        return list.get(0);
    }

    private MvcTestResult post(String uri, RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        var request = mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body)));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private JsonNode body(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(text(result)).isBetween(200, 201);
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
