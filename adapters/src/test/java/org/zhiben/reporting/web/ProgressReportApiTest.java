package org.zhiben.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly progress written per key task with the task ledger's standing frozen on submission, after section
 * 六(六) of the plan: "于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况……报送报自治州安委会办公室". Ulugqat's
 * county government answers for task 15 "自治州及县（市）应急指挥部建设" (牵头单位：自治州应急管理局；责任单位：各县(市)人民政府).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressReportApiTest {

    static final String SUBMISSIONS = "/api/v1/reporting/submissions";
    static final RequestPostProcessor ULUGQAT = TestCallers.countyOfficer("653024");
    static final RequestPostProcessor EMB = TestCallers.departmentOfficer("EMB");
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_ledgers_standing_is_frozen_on_submission_and_a_correction_carries_the_ledger_anew_as_revision_2() {
        clock.setTo(LocalDateTime.parse("2026-09-10T10:00:00"));
        JsonNode entry = body(mvc.post().uri("/api/v1/campaign/progress-entries").with(ULUGQAT)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"taskNumber": 15, "milestoneCode": "T15-M1", "unit": "ULUGQAT_GOV",
                         "text": "乌恰县应急指挥部完成选址", "reportedOn": "2026-09-10"}""").exchange());

        MvcTestResult prepared = mvc.post().uri(SUBMISSIONS).with(ULUGQAT).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q3",
                         "progress": {"overall": "本季度各项任务稳步推进",
                                      "tasks": [{"task": 15, "text": "县应急指挥部完成选址"}]}}""").exchange();
        JsonNode draft = body(prepared);
        String id = draft.get("id").asString();
        JsonNode draftTask = section(draft.get("progress"), 15);
        assertThat(draftTask.get("text").asString()).isEqualTo("县应急指挥部完成选址");
        assertThat(draftTask.get("ledger").isNull()).isTrue();
        JsonNode live = standing(body(mvc.get().uri(SUBMISSIONS + "/" + id + "/ledger").with(ULUGQAT).exchange()), 15);
        assertThat(live.get("unitStatus").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(live.get("leadUnitNames").toString()).contains("应急管理局");
        int entries = live.get("unitEntries").asInt();

        JsonNode submitted = body(post(SUBMISSIONS + "/" + id + "/submit", ULUGQAT, "\"0\"", "{}"));
        JsonNode frozen = section(submitted.get("revisions").get(0).get("progress"), 15).get("ledger");
        assertThat(frozen.get("unitStatus").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(frozen.get("unitStatusLabel").asString()).isEqualTo("待牵头单位审核");
        assertThat(frozen.get("roleLabel").asString()).isEqualTo("配合");
        assertThat(frozen.get("title").asString()).isEqualTo("自治州及县（市）应急指挥部建设");
        assertThat(frozen.get("unitEntries").asInt()).isEqualTo(entries);
        assertThat(frozen.get("asOf").asString()).isEqualTo("2026-09-10");
        String content = text(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/1/content").with(ULUGQAT)
                .exchange());

        // the ledger changes: the lead unit accepts the entry, the county reports once more
        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries/" + entry.get("id").asString() + "/review")
                .with(EMB).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": \"EMB\", \"decision\": \"ACCEPT\"}").exchange()).hasStatusOk();
        body(mvc.post().uri("/api/v1/campaign/progress-entries").with(ULUGQAT)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"taskNumber": 15, "unit": "ULUGQAT_GOV", "text": "指挥场所开工", "reportedOn": "2026-09-10"}""")
                .exchange());
        JsonNode changed = standing(body(mvc.get().uri(SUBMISSIONS + "/" + id + "/ledger").with(ULUGQAT).exchange()),
                15);
        assertThat(changed.get("unitEntries").asInt()).isEqualTo(entries + 1);

        // what was submitted is unchanged, byte for byte
        assertThat(text(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/1/content").with(ULUGQAT).exchange()))
                .isEqualTo(content);
        JsonNode revision1 = body(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/1").with(ULUGQAT).exchange());
        assertThat(section(revision1.get("progress"), 15).get("ledger").get("unitEntries").asInt()).isEqualTo(entries);
        assertThat(revision1.get("intact").asBoolean()).isTrue();

        // a correction is revision 2 with its reason, carrying the ledger as it stands now
        assertThat(post(SUBMISSIONS + "/" + id + "/corrections", ULUGQAT, "\"1\"", "{}")).hasStatus(400);
        JsonNode corrected = body(post(SUBMISSIONS + "/" + id + "/corrections", ULUGQAT, "\"1\"",
                "{\"reason\": \"补充牵头单位审核后的台账状态\"}"));
        assertThat(corrected.get("revisions")).hasSize(2);
        JsonNode revision2 = corrected.get("revisions").get(1);
        assertThat(revision2.get("reason").asString()).isEqualTo("补充牵头单位审核后的台账状态");
        assertThat(section(revision2.get("progress"), 15).get("ledger").get("unitEntries").asInt())
                .isEqualTo(entries + 1);
        assertThat(section(revision2.get("progress"), 15).get("text").asString()).isEqualTo("县应急指挥部完成选址");
        assertThat(revision2.get("progress").get("overall").asString()).isEqualTo("本季度各项任务稳步推进");
        assertThat(text(mvc.get().uri(SUBMISSIONS + "/" + id + "/revisions/1/content").with(ULUGQAT).exchange()))
                .isEqualTo(content);
    }

    @Test
    void bad_texts_are_refused_with_problem_details_and_nothing_changes() {
        clock.setTo(LocalDateTime.parse("2026-06-01T10:00:00"));
        RequestPostProcessor akqi = TestCallers.countyOfficer("653023");
        // a NUL is refused at the edge in any JSON text, and in the texts a content string holds
        MvcTestResult nul = post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2", "progress": {"overall": "总体\\u0000情况"}}""");
        assertThat(nul).hasStatus(400);
        assertThat(text(nul)).contains("validation.control-character");
        MvcTestResult nulInContent = post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2",
                 "content": "{\\"overall\\": \\"总体\\\\u0000情况\\"}"}""");
        assertThat(nulInContent).hasStatus(400);
        assertThat(text(nulInContent)).contains("reporting.progress.overall-control-character");
        MvcTestResult notHers = post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2",
                 "progress": {"overall": "总体", "tasks": [{"task": 1, "text": "不是本县的任务"}]}}""");
        assertThat(notHers).hasStatus(400);
        assertThat(text(notHers)).contains("reporting.progress.not-a-task").contains("第1项");
        MvcTestResult malformed = post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2", "content": "本季度总结"}""");
        assertThat(malformed).hasStatus(400);
        assertThat(text(malformed)).contains("reporting.progress.malformed");
        assertThat(post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2", "content": "{}", "progress": {}}"""))
                .hasStatus(400);
        MvcTestResult tooLong = post(SUBMISSIONS, akqi, null, """
                {"kind": "QUARTERLY_PROGRESS", "period": "2026-Q2",
                 "progress": {"tasks": [{"task": 15, "text": "%s"}]}}""".formatted("长".repeat(4001)));
        assertThat(tooLong).hasStatus(400);
        assertThat(text(tooLong)).contains("reporting.progress.task-too-long");

        // nothing was stored: the draft is prepared now, empty, and not submitted without the overall progress
        String id = body(post(SUBMISSIONS, akqi, null, "{\"kind\": \"QUARTERLY_PROGRESS\", \"period\": \"2026-Q2\"}"))
                .get("id").asString();
        MvcTestResult noOverall = post(SUBMISSIONS + "/" + id + "/submit", akqi, "\"0\"", "{}");
        assertThat(noOverall).hasStatus(400);
        assertThat(text(noOverall)).contains("reporting.progress.overall-required").contains("总体进展情况");
        JsonNode still = body(mvc.get().uri(SUBMISSIONS + "/" + id).with(akqi).exchange());
        assertThat(still.get("status").asString()).isEqualTo("DRAFT");
        assertThat(still.get("revisions")).isEmpty();
    }

    private static JsonNode section(JsonNode progress, int task) {
        for (JsonNode section : progress.get("tasks")) {
            if (section.get("task").asInt() == task) {
                return section;
            }
        }
        throw new AssertionError("no section for task " + task + " in " + progress);
    }

    private static JsonNode standing(JsonNode standings, int task) {
        for (JsonNode standing : standings) {
            if (standing.get("task").asInt() == task) {
                return standing;
            }
        }
        throw new AssertionError("no standing of task " + task + " in " + standings);
    }

    private MvcTestResult post(String uri, RequestPostProcessor caller, String ifMatch, String body) {
        var request = mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON).content(body);
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
