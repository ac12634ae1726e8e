package org.zhiben.enterprises.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.web.EnterpriseSheet;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The import page takes counties, industries and grades by name as the form shows them ("未评定" included), and the
 * problems of an import are downloadable as an Excel sheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseImportPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EnterpriseReferenceData referenceData;

    @Test
    void names_are_imported_and_the_problems_download_as_an_excel_sheet() throws Exception {
        String good = TestCreditCodes.random();
        String csv = SpreadsheetCells.csvLine(EnterpriseSheet.CHINESE_HEADINGS)
                + SpreadsheetCells.csvLine(java.util.List.of(good, "阿克陶县名称导入有限公司", "阿克陶县", "危险化学品",
                "阿克陶县幸福路8号", "张三", "13912345678", "", "李四", "0908-4221234", "", "未评定", "生产经营"))
                + SpreadsheetCells.csvLine(java.util.List.of(TestCreditCodes.random(), "问题企业", "阿克陶县",
                "不存在的行业", "阿克陶县幸福路9号", "张三", "13912345678", "", "李四", "0908-4221234", "", "二级", ""));

        var page = mvc.post().uri("/enterprises/import").with(TestCallers.committeeAdmin()).multipart()
                .file(new MockMultipartFile("file", "企业.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("新增 1", "未导入 1", "不存在的行业");
        assertThat(RawCodes.inHtml(html)).isEmpty();
        assertThat(referenceData.jurisdictionNamed("阿克陶县")).contains(JurisdictionCode.of("653022"));
        assertThat(referenceData.industryNamed("危险化学品")).contains(IndustryCode.of("HAZARDOUS_CHEMICALS"));

        MockHttpSession session = (MockHttpSession) page.getRequest().getSession(false);
        var sheet = mvc.get().uri("/enterprises/import/errors.xlsx").session(session)
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(sheet).hasStatusOk();
        assertThat(sheet.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.getResponse().getContentAsByteArray()))) {
            Sheet problems = workbook.getSheetAt(0);
            assertThat(problems.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(problems.getRow(0).getCell(2).getStringCellValue()).isEqualTo("问题");
            assertThat(problems.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(problems.getRow(1).getCell(1).getStringCellValue()).isEqualTo("行业");
            assertThat(problems.getRow(1).getCell(2).getStringCellValue()).contains("不存在的行业");
            assertThat(problems.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void without_an_import_in_the_session_the_download_leads_back_to_the_form() {
        assertThat(mvc.get().uri("/enterprises/import/errors.xlsx").with(TestCallers.committeeAdmin()))
                .hasStatus(303).hasRedirectedUrl("/enterprises/import");
    }
}
