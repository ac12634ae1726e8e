package org.zhiben.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.export.PdfText;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 附表2 exported like the form ("各级、各部门出台的相关安全生产制度类文件，印发后同时抄送自治州安委会办公室，详见附表2"): the
 * xlsx opens with Apache POI with the two-row heading (类别 merged over its four kinds, the other headings over both
 * rows), a frozen heading, the issue date as a date and the kinds counted as numbers; the PDF read back with pdftotext
 * shows the Chinese heading, the unit, the period and the figures; a county's export holds none of a department's
 * lines; the policies page links both files with its filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyExportTest {

    static final String UNIT = "CULTURE";
    static final LocalDate MAY_7 = LocalDate.of(2024, 5, 7);

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MemberUnits units;

    @Test
    void the_compilation_exports_to_xlsx_and_pdf_laid_out_as_the_form_with_its_figures() throws Exception {
        RequestPostProcessor culture = TestCallers.departmentOfficer(UNIT);
        String title = "文化旅游场所安全管理制度" + TestNames.letters();
        enter(culture, title, "克州文旅发〔2024〕" + TestNames.letters() + "号", MAY_7, "WORK_RULE", true);
        enter(culture, "演出场所消防安全检查办法" + TestNames.letters(), "克州文旅发〔2024〕" + TestNames.letters() + "号",
                MAY_7.plusDays(1), "WORK_RULE", false);
        enter(culture, "A级旅游景区安全管理规范" + TestNames.letters(), "克州文旅发〔2024〕" + TestNames.letters() + "号",
                MAY_7.plusDays(2), "STANDARD", true);
        String name = units.findByCode(UnitCode.of(UNIT)).orElseThrow().name();
        String filters = "?unit=" + UNIT + "&issuedFrom=2024-05-01&issuedTo=2024-05-31";

        MvcTestResult xlsx = mvc.get().uri("/api/v1/reporting/policies/export.xlsx" + filters)
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(xlsx).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("附表2　自治州安全生产治本攻坚出台政策统计表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("填报单位：" + name, "统计期：2024年5月1日至2024年5月31日");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("B3:B4"), CellRangeAddress.valueOf("C3:C4"),
                    CellRangeAddress.valueOf("D3:D4"), CellRangeAddress.valueOf("E3:E4"),
                    CellRangeAddress.valueOf("F3:I3"), CellRangeAddress.valueOf("J3:J4"));
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("类别");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("是否抄送州安委办");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("法规");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("规范性文件");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("标准");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("工作制度");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

            Row line = lineOf(sheet, title);
            assertThat(line.getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo(name);
            assertThat(line.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(line.getCell(4))).isTrue();
            assertThat(line.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MAY_7);
            assertThat(line.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(line.getCell(9).getStringCellValue()).isEqualTo("是");

            Row total = sheet.getRow(7);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("共3件");
            double[] byKind = {0, 0, 1, 2};
            for (int k = 0; k < byKind.length; k++) {
                assertThat(total.getCell(5 + k).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(total.getCell(5 + k).getNumericCellValue()).as("kind %d", k).isEqualTo(byKind[k]);
            }
            assertThat(total.getCell(9).getStringCellValue()).isEqualTo("已抄送2件");
        }

        MvcTestResult pdf = mvc.get().uri("/api/v1/reporting/policies/export.pdf" + filters)
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        String text = PdfText.of(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("附表2", "自治州安全生产治本攻坚出台政策统计表", "序号", "填报单位", "文件名称", "文号",
                "印发日期", "类别", "法规", "规范性文件", "标准", "工作制度", "是否抄送州安委办", "2024年5月7日",
                "合计", "共3件", "已抄送2件", "统计期：2024年5月1日至2024年5月31日");
        assertThat(text.replaceAll("\\s+", "")).contains("填报单位：" + name.replaceAll("\\s+", ""),
                title.substring(0, 8));
        String totals = text.lines().filter(l -> l.contains("共3件")).findFirst().orElseThrow();
        assertThat(totals.replaceAll("\\S*[^\\d\\s]\\S*", " ").trim().split("\\s+"))
                .containsExactly("0", "0", "1", "2");

        MvcTestResult county = mvc.get().uri("/api/v1/reporting/policies/export.xlsx")
                .with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange();
        assertThat(county).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                county.getResponse().getContentAsByteArray()))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell).append('|')));
            assertThat(all.toString()).contains("附表2").doesNotContain(title);
        }
        assertThat(mvc.get().uri("/api/v1/reporting/policies/export.xlsx?kind=POEM")
                .with(TestCallers.committeeAdmin())).hasStatus(400);
    }

    @Test
    void the_policies_page_links_both_files_with_its_filters_and_they_download() throws Exception {
        MvcTestResult page = mvc.get().uri("/reporting/policies?kind=STANDARD").with(TestCallers.committeeAdmin())
                .exchange();
        assertThat(page).hasStatusOk();
        String html = new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("导出附表2（Excel）", "/reporting/policies/export.xlsx?", "kind=STANDARD",
                "/reporting/policies/export.pdf?");

        MvcTestResult xlsx = mvc.get().uri("/reporting/policies/export.xlsx?kind=STANDARD")
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("填报单位：全州");
            assertThat(book.getSheetAt(0).getMergedRegions()).contains(CellRangeAddress.valueOf("F3:I3"));
        }
        MvcTestResult pdf = mvc.get().uri("/reporting/policies/export.pdf").with(TestCallers.auditor()).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(PdfText.of(pdf.getResponse().getContentAsByteArray())).contains("出台政策统计表", "合计");
    }

    private static Row lineOf(Sheet sheet, String title) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.STRING
                    && row.getCell(2).getStringCellValue().equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no line titled " + title);
    }

    private void enter(RequestPostProcessor caller, String title, String number, LocalDate issuedOn, String kind,
            boolean copied) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("unit", UNIT);
        request.put("title", title);
        request.put("documentNumber", number);
        request.put("issuedOn", issuedOn.toString());
        request.put("kind", kind);
        request.put("copiedToOffice", copied);
        assertThat(mvc.post().uri("/api/v1/reporting/policies").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))).hasStatus(201);
    }
}
