package org.zhiben.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;

/**
 * The ledger for the counties: a collective assignment ("各县(市)人民政府") matches each county government, progress is
 * broken down per unit with evidence files, and the lead unit reviews each entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignUnitProgressApiTest {

    static final RequestPostProcessor AKTO_OFFICER = TestCallers.countyOfficer(TestCallers.AKTO);
    static final RequestPostProcessor EMB_OFFICER = TestCallers.departmentOfficer("EMB");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filtering_by_the_akto_county_government_finds_the_tasks_of_the_county_governments_3_15_and_31() {
        assertThat(mvc.get().uri("/api/v1/campaign/tasks?unit=AKTO_GOV").with(AKTO_OFFICER))
                .hasStatusOk().bodyJson().extractingPath("$[*].number").asArray().containsExactly(3, 15, 31);
        // the plan names the ports beside the counties where it means them ("各县(市)人民政府、口岸管委会"); a port is
        // a member unit of the committee, so it answers for 3 and 31 but not for 15
        assertThat(mvc.get().uri("/api/v1/campaign/tasks?unit=PORT_TORUGART").with(AKTO_OFFICER))
                .hasStatusOk().bodyJson().extractingPath("$[*].number").asArray().contains(3, 31).doesNotContain(15);
    }

    @Test
    void task_15_is_broken_down_into_the_lead_unit_and_each_county_and_city_government() {
        var detail = mvc.get().uri("/api/v1/campaign/tasks/15").with(AKTO_OFFICER).exchange();
        assertThat(detail).hasStatusOk();
        assertThat(detail).bodyJson().extractingPath("$.task.units[*].unit").asArray()
                .containsExactly("EMB", "ARTUX_GOV", "AKTO_GOV", "AKQI_GOV", "ULUGQAT_GOV");
        assertThat(detail).bodyJson().extractingPath("$.task.units[0].lead").isEqualTo(true);
    }

    @Test
    void a_county_reports_with_evidence_and_the_lead_unit_returns_it_with_a_reason_that_the_county_sees()
            throws Exception {
        var upload = mvc.post().uri("/api/v1/campaign/tasks/15/evidence-files").with(AKTO_OFFICER)
                .multipart().file(new MockMultipartFile("file", "指挥部验收.pdf", "application/pdf", PDF)).exchange();
        assertThat(upload).hasStatus(HttpStatus.CREATED);
        String fileId = JsonPath.read(upload.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");

        var created = mvc.post().uri("/api/v1/campaign/progress-entries").with(AKTO_OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": 15, "milestoneCode": "T15-M1", "unit": "AKTO_GOV",
                         "text": "阿克陶县应急指挥部建成", "reportedOn": "%s", "completesMilestone": true,
                         "evidenceFileIds": ["%s"]}""".formatted(LocalDate.now().minusDays(1), fileId))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.review").isEqualTo("SUBMITTED");
        assertThat(created).bodyJson().extractingPath("$.milestoneName")
                .isEqualTo("基本形成上下贯通、各负其责、相互支撑、一体应对的应急指挥部体系");
        assertThat(created).bodyJson().extractingPath("$.evidenceFiles[0].fileName").isEqualTo("指挥部验收.pdf");
        String id = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        String etag = created.getResponse().getHeader("ETag");

        assertThat(mvc.get().uri("/api/v1/campaign/evidence-files/" + fileId).with(EMB_OFFICER))
                .hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(mvc.get().uri("/api/v1/campaign/tasks/15").with(EMB_OFFICER)).hasStatusOk().bodyJson()
                .extractingPath("$.task.units[?(@.unit == 'AKTO_GOV')].status").asArray()
                .containsExactly("AWAITING_REVIEW");

        // returning needs a reason; the county cannot review as lead; a stale version is refused
        assertThat(review(id, etag, EMB_OFFICER, "EMB", "RETURN", null)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("campaign.review.reason-required");
        assertThat(review(id, etag, AKTO_OFFICER, "AKTO_GOV", "ACCEPT", null)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("campaign.review.not-lead");
        assertThat(review(id, "\"7\"", EMB_OFFICER, "EMB", "RETURN", "缺少验收报告"))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);

        var returned = review(id, etag, EMB_OFFICER, "EMB", "RETURN", "缺少验收报告");
        assertThat(returned).hasStatusOk();
        assertThat(returned).bodyJson().extractingPath("$.review").isEqualTo("RETURNED");
        assertThat(returned).bodyJson().extractingPath("$.returnReason").isEqualTo("缺少验收报告");
        assertThat(review(id, returned.getResponse().getHeader("ETag"), EMB_OFFICER, "EMB", "ACCEPT", null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("campaign.review.already-reviewed");

        var seenByAkto = mvc.get().uri("/api/v1/campaign/tasks/15").with(AKTO_OFFICER).exchange();
        assertThat(seenByAkto).bodyJson().extractingPath("$.task.units[?(@.unit == 'AKTO_GOV')].returnReason")
                .asArray().containsExactly("缺少验收报告");
        assertThat(seenByAkto).bodyJson().extractingPath("$.task.units[?(@.unit == 'AKTO_GOV')].status")
                .asArray().containsExactly("RETURNED");
        assertThat(jdbc.sql("select action from audit.entry where entity_id = ? order by sequence")
                .param(id).query(String.class).list()).containsExactly("progress.recorded", "progress.returned");
        assertThat(jdbc.sql("select count(*) from audit.entry where entity_id = ? and action = 'evidence-file.uploaded'")
                .param(fileId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_evidence_file_that_is_no_image_or_pdf_is_refused_and_a_unit_not_responsible_cannot_upload() {
        assertThat(mvc.post().uri("/api/v1/campaign/tasks/15/evidence-files").with(AKTO_OFFICER)
                .multipart().file(new MockMultipartFile("file", "说明.txt", "text/plain", "说明".getBytes(StandardCharsets.UTF_8))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("campaign.evidence.type-not-allowed");
        assertThat(mvc.post().uri("/api/v1/campaign/tasks/15/evidence-files").with(TestCallers.departmentOfficer("EDU"))
                .multipart().file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult review(String id, String etag,
            RequestPostProcessor caller, String unit, String decision, String reason) {
        return mvc.post().uri("/api/v1/campaign/progress-entries/" + id + "/review").with(caller)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? """
                        {"unit": "%s", "decision": "%s"}""".formatted(unit, decision)
                        : """
                        {"unit": "%s", "decision": "%s", "reason": "%s"}""".formatted(unit, decision, reason))
                .exchange();
    }
}
