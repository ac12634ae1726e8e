package org.zhiben.reporting.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's submission to the committee office ("于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况报送自治州安委会
 * 办公室"): prepared, submitted and frozen, returned with reasons, resubmitted, accepted and corrected as a new
 * revision with a reason; every revision reads again exactly as submitted; optimistic locking, scope and refusals.
 * Each test uses its own unit and period, as the database is shared by the test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionApiTest {

    static final String SUBMISSIONS = "/api/v1/reporting/submissions";
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_unit_submits_its_progress_the_office_returns_it_the_unit_resubmits_and_corrects_it_each_revision_kept() {
        RequestPostProcessor akqi = TestCallers.countyOfficer("653023");
        RequestPostProcessor office = TestCallers.committeeAdmin();
        String content = "{\"overall\":\"已完成排查\",\"tasks\":[{\"task\":15,\"text\":\"已完成排查\"}]}";

        MvcTestResult prepared = post(SUBMISSIONS, akqi, null, Map.of("kind", "QUARTERLY_PROGRESS",
                "period", "2025-Q2", "content", content, "remarks", "初稿"));
        assertThat(prepared).hasStatus(201);
        JsonNode draft = body(prepared);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("unitName").asString()).contains("阿合奇");
        assertThat(draft.get("report").get("periodLabel").asString()).isEqualTo("2025年第二季度");
        assertThat(draft.get("report").get("due").asString()).isEqualTo("2025-06-20");
        assertThat(post(SUBMISSIONS, akqi, null, Map.of("kind", "QUARTERLY_PROGRESS", "period", "2025-Q2",
                "content", content))).hasStatus(409);

        // optimistic locking: no If-Match 428, a stale one 412
        assertThat(mvc.put().uri(SUBMISSIONS + "/" + id).with(akqi).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"{}\"}").exchange()).hasStatus(428);
        assertThat(put(SUBMISSIONS + "/" + id, akqi, "\"7\"", Map.of("content", "{}"))).hasStatus(412);
        MvcTestResult edited = put(SUBMISSIONS + "/" + id, akqi, "\"0\"", Map.of("content", content,
                "remarks", "已核对"));
        assertThat(edited).hasStatus(200);
        assertThat(edited.getResponse().getHeader("ETag")).isEqualTo("\"1\"");

        JsonNode submitted = body(post(SUBMISSIONS + "/" + id + "/submit", akqi, "\"1\"", Map.of()));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("revisions").get(0).get("remarks").asString()).isEqualTo("已核对");
        String firstContent = submitted.get("revisions").get(0).get("content").asString();
        // frozen: no edit once submitted
        MvcTestResult frozen = put(SUBMISSIONS + "/" + id, akqi, "\"2\"", Map.of("content", "{\"x\":1}"));
        assertThat(frozen).hasStatus(409);
        assertThat(text(frozen)).contains("reporting.submission.frozen");

        // only the committee office reviews; another unit does not see it
        assertThat(post(SUBMISSIONS + "/" + id + "/accept", akqi, "\"2\"", Map.of())).hasStatus(403);
        assertThat(mvc.get().uri(SUBMISSIONS + "/" + id).with(TestCallers.countyOfficer(TestCallers.ARTUX))
                .exchange()).hasStatus(404);
        assertThat(text(mvc.get().uri(SUBMISSIONS + "?status=SUBMITTED&size=200").with(office).exchange()))
                .contains(id);
        assertThat(post(SUBMISSIONS + "/" + id + "/return", office, "\"2\"", Map.of("reason", " ")))
                .hasStatus(400);
        JsonNode returned = body(post(SUBMISSIONS + "/" + id + "/return", office, "\"2\"",
                Map.of("reason", "缺少第3项任务进展")));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo("缺少第3项任务进展");

        String revised = "{\"overall\":\"已完成排查\",\"tasks\":[{\"task\":15,\"text\":\"已完成排查\"},"
                + "{\"task\":3,\"text\":\"推进中\"}]}";
        put(SUBMISSIONS + "/" + id, akqi, "\"3\"", Map.of("content", revised));
        assertThat(post(SUBMISSIONS + "/" + id + "/submit", akqi, "\"4\"", Map.of())).hasStatus(400);
        JsonNode resubmitted = body(post(SUBMISSIONS + "/" + id + "/submit", akqi, "\"4\"",
                Map.of("reason", "补充第3项")));
        assertThat(resubmitted.get("revisions")).hasSize(2);
        body(post(SUBMISSIONS + "/" + id + "/accept", office, "\"5\"", Map.of()));
        JsonNode corrected = body(post(SUBMISSIONS + "/" + id + "/corrections", akqi, "\"6\"",
                Map.of("content", "{\"overall\":\"撤回误报后的总体情况\"}", "reason", "撤回误报")));

        assertThat(corrected.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(corrected.get("revisions")).hasSize(3);
        assertThat(corrected.get("revisions").get(2).get("reason").asString()).isEqualTo("撤回误报");
        MvcTestResult first = mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/1/content").with(akqi).exchange();
        assertThat(text(first)).isEqualTo(firstContent).contains("已完成排查");
        assertThat(body(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/2").with(office).exchange())
                .get("content").asString()).isEqualTo(resubmitted.get("revisions").get(1).get("content").asString())
                .contains("推进中");
        assertThat(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/4").with(akqi).exchange()).hasStatus(404);
        // the database refuses to change a frozen revision
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "UPDATE reporting.submission_revision SET content = '{}' WHERE submission_id = CAST(:id AS uuid)")
                .param("id", id).update()).rootCause().hasMessageContaining("frozen");
        assertThat(text(mvc.get().uri("/api/v1/audit/entries?entityId=" + id).with(TestCallers.auditor()).exchange()))
                .contains("submission.returned", "submission.resubmitted", "submission.corrected");
    }

    @Test
    void bad_input_is_refused_with_problem_details_and_a_unit_reports_for_itself_only() {
        RequestPostProcessor ulugqat = TestCallers.countyOfficer("653024");

        MvcTestResult badPeriod = post(SUBMISSIONS, ulugqat, null, Map.of("kind", "QUARTERLY_PROGRESS",
                "period", "2025-05", "content", "{}"));
        assertThat(badPeriod).hasStatus(400);
        assertThat(text(badPeriod)).contains("reporting.period.invalid").contains("季报如2024-Q1");
        assertThat(post(SUBMISSIONS, ulugqat, null, Map.of("kind", "QUARTERLY_PROGRESS", "period", "2023-Q4",
                "content", "{}"))).hasStatus(400);
        assertThat(post(SUBMISSIONS, ulugqat, null, Map.of("kind", "NOTHING", "period", "2025-Q1")))
                .hasStatus(400);
        // a draft the unit writes starts empty; it is not submitted without content
        String empty = body(post(SUBMISSIONS, ulugqat, null, Map.of("kind", "YEARLY_SUMMARY", "period", "2025")))
                .get("id").asString();
        MvcTestResult noContent = post(SUBMISSIONS + "/" + empty + "/submit", ulugqat, "\"0\"", Map.of());
        assertThat(noContent).hasStatus(400);
        assertThat(text(noContent)).contains("reporting.progress.overall-required");
        // 附表1 is generated, never typed in
        assertThat(post(SUBMISSIONS, ulugqat, null, Map.of("kind", "STOCK_TABLE", "period", "2025-05",
                "content", "{\"rows\":[]}"))).hasStatus(400);
        MvcTestResult tooLarge = mvc.get().uri(SUBMISSIONS + "?size=201").with(ulugqat).exchange();
        assertThat(tooLarge).hasStatus(400);
        assertThat(text(tooLarge)).contains("reporting.size.invalid");
        assertThat(mvc.get().uri("/api/v1/reporting/late?size=201").with(ulugqat).exchange()).hasStatus(400);
        assertThat(post(SUBMISSIONS, TestCallers.auditor(), null, Map.of("kind", "YEARLY_SUMMARY",
                "period", "2025", "content", "{}"))).hasStatus(403);
    }

    @Test
    void a_missing_report_is_on_the_late_list_from_the_day_after_its_due_day_and_one_submitted_then_is_late() {
        // "于2024年3月18日前将安全生产治本攻坚三年行动实施方案报送自治州安委会办公室"
        RequestPostProcessor office = TestCallers.committeeAdmin();
        String late = "/api/v1/reporting/late?kind=SUB_PLAN&unit=";

        clock.setTo(LocalDateTime.parse("2024-03-18T23:59:00"));
        assertThat(text(mvc.get().uri(late + "ARTUX_GOV").with(office).exchange())).contains("\"totalItems\":0");

        clock.setTo(LocalDateTime.parse("2024-03-19T00:00:00"));
        JsonNode missing = body(mvc.get().uri(late + "ARTUX_GOV").with(office).exchange());
        assertThat(missing.get("items")).hasSize(1);
        assertThat(missing.get("items").get(0).get("punctuality").asString()).isEqualTo("MISSING");
        assertThat(missing.get("items").get(0).get("punctualityLabel").asString()).isEqualTo("未报送（已逾期）");
        assertThat(missing.get("items").get(0).get("report").get("due").asString()).isEqualTo("2024-03-18");

        RequestPostProcessor artux = TestCallers.countyOfficer(TestCallers.ARTUX);
        String id = body(post(SUBMISSIONS, artux, null, Map.of("kind", "SUB_PLAN", "period", "2024-03-18",
                "content", "{\"title\":\"阿图什市安全生产治本攻坚三年行动实施子方案\"}"))).get("id").asString();
        post(SUBMISSIONS + "/" + id + "/submit", artux, "\"0\"", Map.of());
        JsonNode submittedLate = body(mvc.get().uri(late + "ARTUX_GOV").with(artux).exchange());
        assertThat(submittedLate.get("items").get(0).get("punctuality").asString()).isEqualTo("LATE");
        assertThat(submittedLate.get("items").get(0).get("firstSubmittedOn").asString()).isEqualTo("2024-03-19");
        // another unit does not read Artux's late list
        assertThat(text(mvc.get().uri(late + "ARTUX_GOV").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .exchange())).contains("\"totalItems\":0");
    }

    private MvcTestResult post(String uri, RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        var request = mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body)));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private MvcTestResult put(String uri, RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        return mvc.put().uri(uri).with(caller).header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body))).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(text(result)).isBetween(200, 201);
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
