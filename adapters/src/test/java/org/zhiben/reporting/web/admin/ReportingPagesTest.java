package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;

/**
 * The reporting pages: the calendar of the reader's unit ("于每年12月15日前将当年安全生产治本攻坚工作总结报送自治州安委会
 * 办公室"), a report prepared, written, submitted with a confirmation and frozen, returned by the committee office with
 * its reasons (a missing reason is a field message), its revisions shown again as submitted, the review inbox and the
 * late list; Chinese names and dates, never codes. The unit and report are this test's own (the database is shared).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportingPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_unit_writes_and_submits_its_yearly_summary_on_the_pages_and_the_office_returns_it_with_reasons() {
        RequestPostProcessor akto = TestCallers.countyOfficer(TestCallers.AKTO);
        RequestPostProcessor office = TestCallers.committeeAdmin();
        String summary = "全年排查整治" + TestNames.letters();

        String calendar = page(mvc.get().uri("/reporting").with(akto).exchange());
        assertThat(calendar).contains("统计报表", "阿克陶县", "2024年3月", "事故隐患动态存量统计表（附表1）",
                "2026年12月15日", "2025年第二季度", "三年行动实施子方案");
        assertThat(calendar).contains("href=\"/reporting/stock\"", "href=\"/reporting/policies\"",
                "href=\"/reporting/dashboard\"", "附表2政策统计");
        assertThat(RawCodes.inHtml(calendar)).isEmpty();

        MvcTestResult prepared = mvc.post().uri("/reporting/submissions").with(akto).param("kind", "YEARLY_SUMMARY")
                .param("period", "2026").exchange();
        assertThat(prepared).hasStatus3xxRedirection();
        String location = prepared.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reporting/submissions/");

        assertThat(mvc.post().uri(location + "/progress").with(akto).param("version", "0").param("overall", summary)
                .param("remarks", "请审阅").exchange()).hasStatus3xxRedirection();
        String draft = page(mvc.get().uri(location).with(akto).exchange());
        assertThat(draft).contains("2026年度 年度工作总结", "草稿", "data-confirm", "报送后内容将被冻结");
        assertThat(mvc.post().uri(location + "/progress/submit").with(akto).param("version", "1").exchange())
                .hasStatus3xxRedirection();

        // the office returns it without a reason: a field message, nothing changes
        MvcTestResult noReason = mvc.post().uri(location + "/return").with(office).param("version", "2")
                .param("reason", "").exchange();
        assertThat(noReason).hasStatus3xxRedirection();
        assertThat(noReason).flash().containsKey("fieldErrors");
        String review = page(mvc.get().uri("/reporting/review").with(office).exchange());
        assertThat(review).contains("阿克陶县", "2026年度 年度工作总结", "第1版");
        assertThat(RawCodes.inHtml(review)).isEmpty();
        String reviewing = page(mvc.get().uri(location).with(office).exchange());
        assertThat(reviewing).contains("已报送，待审核", "受理", "退回原因", summary);
        assertThat(mvc.post().uri(location + "/return").with(office).param("version", "2")
                .param("reason", "请补充第3项").exchange()).hasStatus3xxRedirection();

        String returned = page(mvc.get().uri(location).with(akto).exchange());
        assertThat(returned).contains("已退回", "请补充第3项", "重新报送", "修订原因", "第1版");
        assertThat(RawCodes.inHtml(returned)).isEmpty();
        String frozen = page(mvc.get().uri(location + "/revisions/1").with(akto).exchange());
        assertThat(frozen).contains(summary, "请审阅", "与报送时一致", "原样保存");
        assertThat(RawCodes.inHtml(frozen)).isEmpty();
        // another unit finds nothing there
        assertThat(mvc.get().uri(location).with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange())
                .hasStatus(404);

        String officeLanding = page(mvc.get().uri("/reporting?report=YEARLY_SUMMARY:2026").with(office).exchange());
        assertThat(officeLanding).contains("2026年度 年度工作总结", "阿克陶县", "已退回", "阿图什市");
        assertThat(RawCodes.inHtml(officeLanding)).isEmpty();
        String late = page(mvc.get().uri("/reporting/late?kind=SUB_PLAN").with(office).exchange());
        assertThat(late).contains("逾期和未报", "2024年3月18日", "未报送（已逾期）");
        assertThat(RawCodes.inHtml(late)).isEmpty();
        assertThat(page(mvc.get().uri("/").with(akto).exchange())).contains("id=\"nav-reporting\"");
        assertThat(mvc.get().uri("/reporting/review").with(akto).exchange()).hasStatus(403);
    }

    private static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
