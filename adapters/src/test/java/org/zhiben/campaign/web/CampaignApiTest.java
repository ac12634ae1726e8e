package org.zhiben.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;

@SpringBootTest
@AutoConfigureMockMvc
class CampaignApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_ledger_lists_the_31_key_tasks_with_their_lead_units() {
        var response = mvc.get().uri("/api/v1/campaign/tasks").with(ADMIN).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.length()").isEqualTo(31);
        assertThat(response).bodyJson().extractingPath("$[0].leadUnits").asArray().containsExactly("NDRC");
        assertThat(response).bodyJson().extractingPath("$[6].leadUnits").asArray()
                .containsExactly("EMB", "HOUSING", "FIRE");
        assertThat(response).bodyJson().extractingPath("$[*].leadUnits").asArray().allSatisfy(
                leads -> assertThat((Iterable<?>) leads).isNotEmpty());
    }

    @Test
    void the_ledger_can_be_filtered_by_group_and_by_lead_unit() {
        assertThat(mvc.get().uri("/api/v1/campaign/tasks?group=9").with(ADMIN))
                .hasStatusOk().bodyJson().extractingPath("$[*].number").asArray().containsExactly(22, 23, 24, 25);
        assertThat(mvc.get().uri("/api/v1/campaign/tasks?unit=NDRC").with(ADMIN))
                .hasStatusOk().bodyJson().extractingPath("$[*].number").asArray().contains(1);
        assertThat(mvc.get().uri("/api/v1/campaign/tasks?status=LATE").with(ADMIN))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void on_2025_06_01_the_campaign_is_in_phase_3() {
        var response = mvc.get().uri("/api/v1/campaign/phases/current?date=2025-06-01").with(ADMIN).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.phase.number").isEqualTo(3);
        assertThat(response).bodyJson().extractingPath("$.phase.name").isEqualTo("强化治理水平");
    }

    @Test
    void after_the_campaign_there_is_no_current_phase() {
        assertThat(mvc.get().uri("/api/v1/campaign/phases/current?date=2027-01-01").with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void item_7_of_the_assignments_is_kept_as_far_as_the_original_has_it_and_marked_incomplete() {
        var response = mvc.get().uri("/api/v1/campaign/assignments?unit=JUSTICE").with(ADMIN).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$[0].number").isEqualTo(7);
        assertThat(response).bodyJson().extractingPath("$[0].incomplete").isEqualTo(true);
    }

    @Test
    void a_recorded_progress_entry_completes_its_milestone_and_shows_in_the_task_detail() throws Exception {
        var created = mvc.post().uri("/api/v1/campaign/progress-entries").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": 23, "milestoneCode": "T23-M1", "unit": "ACO",
                         "text": "重大事故隐患数据库运行管理机制已印发", "reportedOn": "2024-12-18",
                         "evidenceReference": "克安办〔2024〕99号", "completesMilestone": true}""")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.taskNumber").isEqualTo(23);
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith(id);

        var detail = mvc.get().uri("/api/v1/campaign/tasks/23").with(ADMIN).exchange();
        assertThat(detail).hasStatusOk();
        assertThat(detail).bodyJson().extractingPath("$.entries[*].id").asArray().contains(id);
        assertThat(detail).bodyJson()
                .extractingPath("$.task.milestones[?(@.code == 'T23-M1')].status").asArray().containsExactly("COMPLETED");
        assertThat(mvc.get().uri("/api/v1/campaign/progress-entries/" + id).with(ADMIN)).hasStatusOk();
        // attributable: the audit trail holds who recorded it, for which task and milestone
        assertThat(jdbc.sql("select count(*) from audit.entry where entity_type = 'ProgressEntry' and entity_id = ?"
                        + " and action = 'progress.recorded' and change like '%task=23 milestone=T23-M1%'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_progress_entry_without_text_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = entries();
        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"taskNumber\": 1, \"unit\": \"NDRC\", \"reportedOn\": \"2024-05-01\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("text");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void a_unit_that_is_not_responsible_for_a_task_cannot_record_on_it() {
        long before = entries();
        // Task 15 (emergency command centres) is led by EMB with the county governments responsible.
        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": 15, "unit": "EDU", "text": "教育局记录", "reportedOn": "2024-05-01"}"""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("campaign.progress.unit-not-responsible");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void a_county_government_may_record_on_a_task_that_names_the_county_governments() {
        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": 15, "unit": "AKTO_GOV", "text": "阿克陶县应急指挥部场所建设完成选址",
                         "reportedOn": "%s"}""".formatted(LocalDate.now().minusDays(1))))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void a_county_officer_of_akto_cannot_record_progress_for_artux() {
        long before = entries();
        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": 15, "unit": "ARTUX_GOV", "text": "代阿图什市记录", "reportedOn": "2025-05-01"}"""))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.title").isEqualTo("无权访问");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void without_signing_in_the_ledger_is_not_shown() {
        assertThat(mvc.get().uri("/api/v1/campaign/tasks")).hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.title").isEqualTo("未认证");
    }

    @Test
    void an_unknown_task_is_a_404_and_problems_speak_english_on_request() {
        assertThat(mvc.get().uri("/api/v1/campaign/tasks/32").with(ADMIN).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.detail").isEqualTo("task \"32\" does not exist");
    }

    private long entries() {
        return jdbc.sql("select count(*) from campaign.progress_entry").query(Long.class).single();
    }
}
