package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.identity.Role;
import org.zhiben.platform.testing.TestCallers;

/**
 * The stock read model's page: each reporting unit's 附表1 totals of a month — the committee office sees every unit
 * and the prefecture total, a county officer only his county — and the rebuild button, for the committee office only,
 * which asks for confirmation first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StockFiguresPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_committee_office_sees_every_unit_the_prefecture_total_and_the_rebuild_button_with_its_confirmation() {
        String page = html(mvc.get().uri("/reporting/stock?month=2025-07").with(TestCallers.committeeAdmin())
                .exchange());
        assertThat(page).contains("阿图什市人民政府", "阿克陶县人民政府", "吐尔尕特口岸管委会", "自治州应急管理局", "全州合计",
                "id=\"stock-rebuild-start\"", "data-confirm=\"确定根据隐患历史重建存量统计吗？");
    }

    @Test
    void a_county_officer_sees_his_county_only_and_cannot_rebuild() {
        var county = TestCallers.as(TestCallers.typical(Role.COUNTY_OFFICER));
        String page = html(mvc.get().uri("/reporting/stock?month=2025-07").with(county).exchange());
        assertThat(page).contains("阿克陶县人民政府").doesNotContain("阿图什市人民政府", "全州合计", "stock-rebuild-start");
        assertThat(mvc.post().uri("/reporting/stock/rebuild").with(county).with(csrf())).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/reporting/stock/roll-up?month=2025-07").with(county)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/reporting/stock/units/ARTUX_GOV?month=2025-07").with(county))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/reporting/stock/units/AKTO_GOV?month=2025-07").with(county))
                .hasStatusOk().bodyJson().extractingPath("$.unit.kind").isEqualTo("COUNTY_OR_CITY");
    }

    /** 附表1 as files from the page: a unit's month as xlsx and PDF, the roll-up as one workbook, within the scope. */
    @Test
    void a_units_table_and_the_roll_up_download_within_the_scope() throws Exception {
        String page = html(mvc.get().uri("/reporting/stock?month=2025-07").with(TestCallers.committeeAdmin())
                .exchange());
        assertThat(page).contains("/reporting/stock-tables/AKTO_GOV/2025-07.xlsx",
                "/reporting/stock-tables/AKTO_GOV/2025-07.pdf", "/reporting/stock-tables/roll-up/2025-07.xlsx");

        MvcTestResult xlsx = mvc.get().uri("/reporting/stock-tables/AKTO_GOV/2025-07.xlsx")
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getNumMergedRegions()).isPositive();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("附表1");
        }
        MvcTestResult rollUp = mvc.get().uri("/reporting/stock-tables/roll-up/2025-07.xlsx")
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(rollUp).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                rollUp.getResponse().getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(2);
        }
        assertThat(mvc.get().uri("/reporting/stock-tables/AKTO_GOV/2025-07.pdf").with(TestCallers.committeeAdmin()))
                .hasStatusOk().hasContentType("application/pdf");

        var county = TestCallers.as(TestCallers.typical(Role.COUNTY_OFFICER));
        assertThat(mvc.get().uri("/reporting/stock-tables/AKTO_GOV/2025-07.xlsx").with(county)).hasStatusOk();
        assertThat(mvc.get().uri("/reporting/stock-tables/ARTUX_GOV/2025-07.xlsx").with(county)).hasStatus(404);
        assertThat(mvc.get().uri("/reporting/stock-tables/roll-up/2025-07.xlsx").with(county)).hasStatus(404);
        assertThat(mvc.get().uri("/reporting/stock-tables/AKTO_GOV/2025-13.xlsx").with(county)).hasStatus(400);
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
