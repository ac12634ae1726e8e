package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * The quarterly progress on the pages ("于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况……报送"): a form per key
 * task the unit answers for with the task ledger's standing beside it, missing texts as messages next to their fields
 * (a NUL refused before anything is saved), and the submitted revision as a read-only document with the ledger's
 * standing frozen in it —
 * Chinese names and dates, never codes. The fire and rescue detachment leads tasks, so their texts are required.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressPagesTest {

    static final Pattern TASK_FIELD = Pattern.compile("name=\"(task-\\d+)\"");

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_unit_writes_its_quarterly_progress_per_key_task_beside_the_ledger_and_reads_the_frozen_revision() {
        RequestPostProcessor fire = TestCallers.departmentOfficer("FIRE");
        MvcTestResult prepared = mvc.post().uri("/reporting/submissions").with(fire)
                .param("kind", "QUARTERLY_PROGRESS").param("period", "2026-Q1").exchange();
        assertThat(prepared).hasStatus3xxRedirection();
        String location = prepared.getResponse().getRedirectedUrl();

        String draft = page(mvc.get().uri(location).with(fire).exchange());
        assertThat(draft).contains("2026年第一季度 阶段性工作进展情况", "总体进展情况", "本单位进展情况",
                "任务台账（截至2026年3月20日）", "牵头", "任务状态", "本单位分工进展", "牵头单位", "节点完成",
                "id=\"progress-form\"", "id=\"progress-submit-form\"", "data-confirm");
        assertThat(draft).doesNotContain("id=\"content-input\"");
        assertThat(RawCodes.inHtml(draft)).isEmpty();
        List<String> fields = TASK_FIELD.matcher(draft).results().map(m -> m.group(1)).distinct().toList();
        assertThat(fields).isNotEmpty();

        // submitted without the overall progress: a message next to it, nothing submitted
        MvcTestResult noOverall = mvc.post().uri(location + "/progress/submit").with(fire).param("version", "0")
                .exchange();
        assertThat(noOverall).hasStatus3xxRedirection();
        assertThat(noOverall).flash().containsEntry("progressErrors",
                Map.of("overall", "reporting.progress.overall-required"));
        String refused = page(mvc.get().uri(location).with(fire)
                .flashAttrs(noOverall.getMvcResult().getFlashMap()).exchange());
        assertThat(refused).contains("id=\"progress-overall-error\"", "请填写总体进展情况", "草稿");

        // a NUL in a text is refused before anything is saved
        assertThat(mvc.post().uri(location + "/progress").with(fire).param("version", "0")
                .param("overall", "坏\u0000字").exchange()).hasStatus(400);

        // the overall progress alone: a task the unit leads is required, its message next to it
        assertThat(mvc.post().uri(location + "/progress").with(fire).param("version", "0")
                .param("overall", "一季度消防安全整治稳步推进").exchange()).flash().containsKey("success");
        MvcTestResult noLeadText = mvc.post().uri(location + "/progress/submit").with(fire).param("version", "1")
                .exchange();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) noLeadText.getMvcResult().getFlashMap()
                .get("progressErrors");
        assertThat(errors).hasSize(1);
        String leadField = errors.keySet().iterator().next();
        assertThat(leadField).matches("task-\\d+");
        assertThat(errors.get(leadField)).isEqualTo("reporting.progress.task-required");
        String leadRefused = page(mvc.get().uri(location).with(fire)
                .flashAttrs(noLeadText.getMvcResult().getFlashMap()).exchange());
        assertThat(leadRefused).contains("id=\"progress-" + leadField + "-error\"", "本单位牵头第",
                "一季度消防安全整治稳步推进", "草稿");

        var save = mvc.post().uri(location + "/progress").with(fire).param("version", "1")
                .param("overall", "一季度消防安全整治稳步推进").param("remarks", "请审阅");
        for (String field : fields) {
            save = save.param(field, "本单位" + field.substring(5) + "号任务按计划推进");
        }
        MvcTestResult saved = save.exchange();
        assertThat(saved).flash().containsKey("success");
        MvcTestResult submitted = mvc.post().uri(location + "/progress/submit").with(fire).param("version", "2")
                .exchange();
        assertThat(submitted).flash().containsKey("success");

        String after = page(mvc.get().uri(location).with(fire).exchange());
        assertThat(after).contains("已报送，待审核", "报送时任务台账（截至2026年3月20日）", "一季度消防安全整治稳步推进",
                "id=\"progress-correction-form\"");
        String revision = page(mvc.get().uri(location + "/revisions/1").with(fire).exchange());
        String task = fields.get(0).substring(5);
        assertThat(revision).contains("第1版", "一季度消防安全整治稳步推进", "本单位" + task + "号任务按计划推进",
                "报送时任务台账（截至2026年3月20日）", "第" + task + "项", "任务状态", "与报送时一致");
        assertThat(revision).doesNotContain("<textarea", "\"overall\"");
        assertThat(RawCodes.inHtml(revision)).isEmpty();

        // the committee office reads the same document
        String office = page(mvc.get().uri(location + "/revisions/1").with(TestCallers.committeeAdmin()).exchange());
        assertThat(office).contains("本单位" + task + "号任务按计划推进", "报送时任务台账（截至2026年3月20日）");
    }

    private static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
