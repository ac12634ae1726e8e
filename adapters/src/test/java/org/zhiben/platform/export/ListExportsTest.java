package org.zhiben.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The enterprise register and the task ledger exported to Excel from their pages' buttons, with the page's filter and
 * within the user's data scope: the heading with merged cells and frozen, numbers as numbers, phones masked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListExportsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EnterpriseStore enterprises;

    @Test
    void the_enterprise_register_exports_with_the_filter_in_the_users_scope_under_a_merged_heading()
            throws Exception {
        String common = TestNames.letters();
        String artux = "阿图什导出" + common + "有限公司";
        String akto = "阿克陶导出" + common + "有限公司";
        enterprise(artux, "653001");
        enterprise(akto, "653022");

        String page = mvc.get().uri("/enterprises?q=" + common).with(TestCallers.committeeAdmin()).exchange()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"enterprise-export\"", "href=\"/enterprises/export.xlsx?",
                "q=" + java.net.URLEncoder.encode(common, java.nio.charset.StandardCharsets.UTF_8));

        try (XSSFWorkbook workbook = xlsx(mvc.get().uri("/enterprises/export.xlsx?q=" + common)
                .with(TestCallers.committeeAdmin()).exchange())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名录");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("F3:G3"), CellRangeAddress.valueOf("H3:I3"));
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("主要负责人");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("电话");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(names(sheet, 4)).containsExactlyInAnyOrder(artux, akto);
            Row row = sheet.getRow(4);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("138****0000");
        }

        try (XSSFWorkbook workbook = xlsx(mvc.get().uri("/enterprises/export.xlsx?q=" + common)
                .with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(names(sheet, 4)).containsExactly(artux);
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("阿图什市");
        }
        assertThat(mvc.get().uri("/enterprises/export.xlsx?jurisdiction=x").with(TestCallers.committeeAdmin()))
                .hasStatus(400);
    }

    @Test
    void the_task_ledger_exports_with_the_filter_and_counts_as_numbers() throws Exception {
        RequestPostProcessor admin = TestCallers.committeeAdmin();
        String page = mvc.get().uri("/campaign/tasks?group=1").with(admin).exchange().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"ledger-export\"", "href=\"/campaign/tasks/export.xlsx?group=1");

        try (XSSFWorkbook workbook = xlsx(mvc.get().uri("/campaign/tasks/export.xlsx").with(admin).exchange())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("攻坚台账");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("F3:G3"),
                    CellRangeAddress.valueOf("A3:A4"));
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("工作节点");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("已完成");
            assertThat(sheet.getLastRowNum() - 3).as("the plan's 31 key tasks").isEqualTo(31);
            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isGreaterThan(0);
            assertThat(first.getCell(4).getStringCellValue()).isIn("未开始", "推进中", "已逾期", "已完成");
        }
        try (XSSFWorkbook workbook = xlsx(mvc.get().uri("/campaign/tasks/export.xlsx?group=1").with(admin)
                .exchange())) {
            Sheet sheet = workbook.getSheetAt(0);
            int rows = sheet.getLastRowNum() - 3;
            assertThat(rows).isBetween(1, 30);
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue())
                        .isEqualTo(sheet.getRow(4).getCell(1).getStringCellValue());
            }
        }
    }

    private void enterprise(String name, String jurisdiction) {
        enterprises.save(Enterprise.register(EnterpriseId.newId(), UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile(name, JurisdictionCode.of(jurisdiction), IndustryCode.of("HAZARDOUS_CHEMICALS"),
                        true, "测试路 1 号", new Person("张三", "13800000000", null),
                        new Person("李四", "13900000000", null), StandardisationGrade.NONE,
                        EnterpriseStatus.OPERATING)));
    }

    private static List<String> names(Sheet sheet, int firstBodyRow) {
        List<String> names = new ArrayList<>();
        for (int r = firstBodyRow; r <= sheet.getLastRowNum(); r++) {
            names.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return names;
    }

    private static XSSFWorkbook xlsx(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk().hasContentType(TableExports.XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }
}
