package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.export.PdfText;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.reporting.ReportingUnits;

/**
 * The 晾晒通报 page: a month's table with rank, the units by name (never a code), punctuality, rate and overdue hazards,
 * in Chinese with Chinese dates; the committee office publishes it only after confirming (it cannot be undone), and the
 * page then shows the published revision; a county sees the table but no publication form; the table comes out as
 * xlsx (opened with POI: merged heading, numbers as numbers) and as PDF (read back with pdftotext).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RankingPagesTest {

    static final RequestPostProcessor OFFICE = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingUnits units;

    @Test
    void the_office_previews_a_month_confirms_and_publishes_it_and_the_page_shows_it_as_published() {
        String preview = html(mvc.get().uri("/reporting/rankings?month=2025-09").with(OFFICE).exchange());
        assertThat(preview).contains("2025年9月 晾晒通报", "预览（未发布）", "名次", "报送单位", "报送及时性", "首次报送日期",
                "整改率", "逾期重大隐患（项）", "吐尔尕特口岸管委会", "阿图什市", "id=\"publish-form\"",
                "data-confirm=\"确认发布2025年9月的晾晒通报？发布后不可撤回。\"", "id=\"confirm-input\"",
                "id=\"tab-rankings\"");
        assertThat(RawCodes.visibleText(preview)).doesNotContain("PORT_TORUGART", "ARTUX_GOV", "MISSING", "ON_TIME");
        assertThat(RawCodes.inHtml(preview)).isEmpty();
        assertThat(preview).contains("共 " + units.findAll().size() + " 个报送单位");

        // without the confirmation nothing is published
        MvcTestResult unconfirmed = mvc.post().uri("/reporting/rankings/2025-09/publish").with(OFFICE).with(csrf())
                .param("note", "九月通报").param("revision", "0").exchange();
        assertThat(unconfirmed).hasStatus(200);
        assertThat(html(unconfirmed)).contains("请勾选确认后再发布：发布后不可撤回");
        assertThat(jdbc.queryForObject("select count(*) from reporting.ranking where month = '2025-09'", Long.class))
                .isZero();

        MvcTestResult published = mvc.post().uri("/reporting/rankings/2025-09/publish").with(OFFICE).with(csrf())
                .param("note", "九月通报").param("revision", "0").param("confirm", "yes").exchange();
        assertThat(published).hasStatus3xxRedirection();
        String shown = html(mvc.get().uri(published.getResponse().getRedirectedUrl()).with(OFFICE).exchange());
        assertThat(shown).contains("已发布（第1版）", "通报说明：九月通报", "发布新版本", "再次发布原因");
        assertThat(shown).containsPattern("由 \\S+ 于 20\\d\\d年\\d{1,2}月\\d{1,2}日");

        // publishing again from a page read before: refused next to the form, nothing added
        MvcTestResult stale = mvc.post().uri("/reporting/rankings/2025-09/publish").with(OFFICE).with(csrf())
                .param("revision", "0").param("reason", "更正").param("confirm", "yes").exchange();
        assertThat(html(stale)).contains("本月排名已被他人发布了新版本，请刷新页面后查看");
        MvcTestResult noReason = mvc.post().uri("/reporting/rankings/2025-09/publish").with(OFFICE).with(csrf())
                .param("revision", "1").param("confirm", "yes").exchange();
        assertThat(html(noReason)).contains("2025-09 的晾晒通报已发布第1版");
        assertThat(jdbc.queryForObject("select count(*) from reporting.ranking where month = '2025-09'", Long.class))
                .isEqualTo(1L);

        // a county reads the published ranking of every unit, and cannot publish
        String county = html(mvc.get().uri("/reporting/rankings?month=2025-09")
                .with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange());
        assertThat(county).contains("已发布（第1版）", "吐尔尕特口岸管委会", "阿克陶县").doesNotContain("publish-form");
        assertThat(mvc.post().uri("/reporting/rankings/2025-09/publish").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .with(csrf()).param("confirm", "yes").exchange()).hasStatus(403);

        String english = html(mvc.get().uri("/reporting/rankings?month=2025-09&lang=en")
                .with(OFFICE).exchange());
        assertThat(english).contains("Published (revision 1)", "Torugart Port Administrative Committee",
                "Rectification rate");
    }

    @Test
    void a_malformed_month_is_shown_as_a_message_and_the_months_offered_are_those_past_due() {
        String page = html(mvc.get().uri("/reporting/rankings?month=2025-99").with(OFFICE).exchange());
        assertThat(page).contains("月份格式应为“年-月”，例如 2025-10：2025-99").doesNotContain("id=\"ranking-table\"");
        String latest = html(mvc.get().uri("/reporting/rankings").with(OFFICE).exchange());
        assertThat(latest).contains("id=\"ranking-table\"", "<option value=\"2024-03\"");
    }

    @Test
    void the_table_exports_to_xlsx_with_a_merged_heading_and_numbers_and_to_a_pdf_with_the_chinese_headers()
            throws Exception {
        MvcTestResult xlsx = mvc.get().uri("/reporting/rankings/2025-07.xlsx").with(OFFICE).exchange();
        assertThat(xlsx).hasStatus(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("各报送单位月度晾晒通报");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("2025年7月");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("C3:D3"));
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("附表1报送情况");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("首次报送日期");
            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum() - 3).isGreaterThanOrEqualTo(units.findAll().size());
        }
        MvcTestResult pdf = mvc.get().uri("/reporting/rankings/2025-07.pdf").with(OFFICE).exchange();
        assertThat(pdf).hasStatus(200);
        String text = PdfText.of(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("各报送单位月度晾晒通报", "2025年7月", "名次", "报送单位", "报送及时性", "整改率",
                "逾期重大隐患", "吐尔尕特口岸管委会");
        assertThat(mvc.get().uri("/reporting/rankings/2025-07.pdf?revision=3").with(OFFICE).exchange())
                .hasStatus(404);
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
