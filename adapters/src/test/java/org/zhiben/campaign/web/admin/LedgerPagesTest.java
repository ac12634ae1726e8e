package org.zhiben.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;

/** The ledger pages for the counties: the filter, the per-unit breakdown, evidence files and the lead unit's review. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerPagesTest {

    static final RequestPostProcessor AKTO_OFFICER = TestCallers.countyOfficer(TestCallers.AKTO);
    static final RequestPostProcessor EMB_OFFICER = TestCallers.departmentOfficer("EMB");
    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filtering_the_ledger_by_the_akto_county_government_lists_tasks_3_15_and_31() {
        assertThat(mvc.get().uri("/campaign/tasks?unit=AKTO_GOV").with(AKTO_OFFICER)).hasStatusOk().bodyText()
                .contains("id=\"task-3\"", "id=\"task-15\"", "id=\"task-31\"").doesNotContain("id=\"task-1\"")
                .contains("共 3 项任务");
    }

    @Test
    void the_task_page_shows_the_per_unit_breakdown_and_milestone_names_not_codes() {
        assertThat(mvc.get().uri("/campaign/tasks/15").with(AKTO_OFFICER)).hasStatusOk().bodyText()
                .contains("分单位进展", "id=\"unit-AKTO_GOV\"", "id=\"unit-ARTUX_GOV\"", "id=\"unit-EMB\"")
                .contains("基本形成上下贯通、各负其责、相互支撑、一体应对的应急指挥部体系")
                .doesNotContain(">T15-M1<").doesNotContain("id=\"unit-PORT_TORUGART\"");
    }

    @Test
    void a_county_reports_with_an_evidence_file_and_the_lead_unit_returns_it_with_a_reason_the_county_sees() {
        String text = "阿克陶县指挥部建成 " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/campaign/tasks/15/progress").with(AKTO_OFFICER).with(csrf()).multipart()
                .file(new MockMultipartFile("files", "验收.pdf", "application/pdf", PDF))
                .param("unit", "AKTO_GOV").param("milestoneCode", "T15-M1").param("text", text)
                .param("reportedOn", LocalDate.now().minusDays(1).toString()).param("completesMilestone", "true"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/campaign/tasks/15");
        UUID id = jdbc.sql("select id from campaign.progress_entry where text = ?").param(text).query(UUID.class)
                .single();
        assertThat(jdbc.sql("select count(*) from campaign.progress_entry_evidence where entry_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/campaign/tasks/15").with(EMB_OFFICER)).hasStatusOk().bodyText()
                .contains("id=\"review-" + id + "\"").contains("验收.pdf").contains("待牵头单位审核")
                .contains("data-confirm=\"审核结果提交后不能更改。确定提交？\"");

        // a return without a reason is shown next to the field and nothing changes
        assertThat(mvc.post().uri("/campaign/tasks/15/entries/" + id + "/review").with(EMB_OFFICER).with(csrf())
                .param("unit", "EMB").param("accept", "false").param("version", "0"))
                .hasStatusOk().bodyText().contains("退回时须填写退回原因");
        assertThat(review(id)).isEqualTo("SUBMITTED");

        assertThat(mvc.post().uri("/campaign/tasks/15/entries/" + id + "/review").with(EMB_OFFICER).with(csrf())
                .param("unit", "EMB").param("accept", "false").param("version", "0").param("reason", "缺少验收报告"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(review(id)).isEqualTo("RETURNED");
        assertThat(mvc.get().uri("/campaign/tasks/15").with(AKTO_OFFICER)).hasStatusOk().bodyText()
                .contains("缺少验收报告").contains("被退回");

        // the review was done: a second one with the old version is refused, nothing changes
        assertThat(mvc.post().uri("/campaign/tasks/15/entries/" + id + "/review").with(EMB_OFFICER).with(csrf())
                .param("unit", "EMB").param("accept", "true").param("version", "0"))
                .hasStatusOk();
        assertThat(review(id)).isEqualTo("RETURNED");
    }

    @Test
    void a_file_that_is_no_image_or_pdf_is_marked_on_the_form_and_nothing_is_recorded() {
        String text = "附文本文件 " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/campaign/tasks/15/progress").with(AKTO_OFFICER).with(csrf()).multipart()
                .file(new MockMultipartFile("files", "说明.txt", "text/plain", "说明".getBytes(StandardCharsets.UTF_8)))
                .param("unit", "AKTO_GOV").param("text", text)
                .param("reportedOn", LocalDate.now().minusDays(1).toString()))
                .hasStatusOk().bodyText().contains("progress-files-error").contains(text);
        assertThat(jdbc.sql("select count(*) from campaign.progress_entry where text = ?").param(text)
                .query(Long.class).single()).isZero();
    }

    private String review(UUID id) {
        return jdbc.sql("select review from campaign.progress_entry where id = ?").param(id).query(String.class)
                .single();
    }
}
