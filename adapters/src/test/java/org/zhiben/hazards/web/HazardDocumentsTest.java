package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.export.PdfText;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;

/**
 * The printable documents of a major hazard (整改通知书, 挂牌督办通知书, 销号审批表) as PDFs read back with pdftotext, linked
 * from the hazard's page as its state allows, inside the user's data scope only; and the register exported to Excel
 * with the page's filter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardDocumentsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EnterpriseStore enterprises;

    @Autowired
    ReadStandards standards;

    @Autowired
    MemberUnits units;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @Test
    void each_document_is_linked_once_the_state_allows_it_and_names_number_clause_deadlines_and_signing_units()
            throws Exception {
        String enterpriseName = "文书测试企业" + TestNames.letters();
        UUID enterprise = enterprise(enterpriseName, "653001");
        LocalDate today = LocalDate.now(ZONE);
        JsonNode hazard = api.registered(Map.of("enterpriseId", enterprise, "location", "二号罐区",
                "description", "两名特种作业人员未持证上岗", "discoveredOn", today.minusDays(3).toString(),
                "channel", "SELF_INSPECTION", "sourceReference", "ZC-2026-0117",
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
        UUID id = UUID.fromString(hazard.get("id").asString());
        String number = hazard.get("number").asString();
        String clauseText = standards.get("CHEM-2017").standard().clause("2").orElseThrow().text();
        String office = unitName("ACO");

        assertThat(links(id)).containsExactly("rectification-notice");
        assertThat(document(id, "listing-notice")).hasStatus(404);
        assertThat(document(id, "write-off-approval")).hasStatus(404);

        LocalDate deadline = today.plusDays(30);
        api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "王五",
                "measures", "组织培训取证，未取证前调离岗位", "fundsFen", 1_200_000,
                "deadline", deadline.toString(), "contingencyPlan", "持证人员现场监护"));
        String notice = pdf(id, "rectification-notice");
        assertThat(notice).contains("重大事故隐患整改通知书", "隐患编号：" + number, enterpriseName + "：", "二号罐区",
                "两名特种作业人员未持证上岗", "判定依据", "第 2 项", "整改期限", chinese(deadline), "王五",
                "12,000.00 元", "签发单位（盖章）", office, "签收单位（盖章）");
        assertThat(squeezed(notice)).contains(squeezed(clauseText));

        LocalDate listingDeadline = today.plusDays(60);
        api.changed("PUT", id, "/listing", 1, Map.of("level", "PREFECTURE", "supervisingUnit", "EMB",
                "responsibleUnit", "ARTUX_GOV", "listedOn", today.toString(),
                "deadline", listingDeadline.toString()));
        assertThat(links(id)).containsExactly("rectification-notice", "listing-notice");
        String listing = pdf(id, "listing-notice");
        assertThat(listing).contains("重大事故隐患挂牌督办通知书", "隐患编号：" + number, unitName("ARTUX_GOV") + "：",
                "州级挂牌督办", "督办期限", chinese(listingDeadline), chinese(deadline), "督办单位（盖章）",
                unitName("EMB"), "责任单位（签收）", unitName("ARTUX_GOV"));
        assertThat(squeezed(listing)).contains(squeezed(clauseText));

        var photo = api.read(api.upload(id, "certificates.png", "image/png", HazardApiSupport.PNG));
        api.changed("POST", id, "/rectification", 2, Map.of("evidence", "两人已取证",
                "attachmentIds", List.of(photo.get("id").asString())));
        api.changed(TestCallers.departmentOfficer("EMB"), "POST", id, "/verification", 3,
                Map.of("reason", "现场核验合格"));
        assertThat(links(id)).containsExactly("rectification-notice", "listing-notice", "write-off-approval");
        String beforeApproval = pdf(id, "write-off-approval");
        assertThat(beforeApproval).contains("重大事故隐患销号审批表", "隐患编号：" + number, "两人已取证",
                unitName("EMB") + "于" + chinese(today) + "验收合格", "验收单位（盖章）", "审批单位（盖章）")
                .doesNotContain("同意销号");

        api.changed(HazardApiSupport.SECOND_OFFICER, "POST", id, "/write-off", 4, Map.of("reason", "闭环销号"));
        String approved = pdf(id, "write-off-approval");
        assertThat(approved).contains("同意销号。闭环销号", office, "阿图什市", chinese(deadline));
        assertThat(squeezed(approved)).contains(squeezed(clauseText));
    }

    @Test
    void a_document_outside_the_users_scope_is_not_found_and_a_hazard_without_determination_has_none()
            throws Exception {
        UUID enterprise = enterprise("文书测试企业" + TestNames.letters(), "653001");
        JsonNode determined = api.registered(Map.of("enterpriseId", enterprise, "location", "一号仓库",
                "description", "未设置可燃气体报警装置", "discoveredOn", LocalDate.now(ZONE).toString(),
                "channel", "SELF_INSPECTION", "sourceReference", "ZC-2026-0201", "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
        JsonNode reported = api.registered(Map.of("enterpriseId", enterprise, "location", "一号仓库",
                "description", "待判定的隐患", "discoveredOn", LocalDate.now(ZONE).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID()));

        String id = determined.get("id").asString();
        assertThat(mvc.get().uri("/hazards/" + id + "/documents/rectification-notice.pdf")
                .with(TestCallers.countyOfficer(TestCallers.AKTO))).hasStatus(404);
        assertThat(mvc.get().uri("/hazards/" + id + "/documents/rectification-notice.pdf")
                .with(TestCallers.countyOfficer(TestCallers.ARTUX))).hasStatusOk().hasContentType("application/pdf");
        assertThat(mvc.get().uri("/hazards/" + id + "/documents/unknown.pdf").with(TestCallers.committeeAdmin()))
                .hasStatus(404);
        UUID pending = UUID.fromString(reported.get("id").asString());
        assertThat(links(pending)).isEmpty();
        assertThat(document(pending, "rectification-notice")).hasStatus(404);
    }

    @Test
    void the_register_exports_with_the_pages_filter_within_the_users_scope() throws Exception {
        String enterpriseName = "台账测试企业" + TestNames.letters();
        UUID enterprise = enterprise(enterpriseName, "653001");
        LocalDate today = LocalDate.now(ZONE);
        JsonNode hazard = api.registered(Map.of("enterpriseId", enterprise, "location", "三号车间",
                "description", "=HYPERLINK(\"http://example.org\")", "discoveredOn", today.minusDays(40).toString(),
                "channel", "SELF_INSPECTION", "sourceReference", "ZC-2026-0202", "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
        String number = hazard.get("number").asString();
        UUID id = UUID.fromString(hazard.get("id").asString());
        api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "王五",
                "measures", "加装报警装置", "fundsFen", 100_000, "deadline", today.plusDays(20).toString(),
                "contingencyPlan", "停用车间"));

        String page = mvc.get().uri("/hazards?number=" + number).with(TestCallers.committeeAdmin()).exchange()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"hazard-export\"", "href=\"/hazards/export.xlsx?", "number=" + number);

        MvcTestResult export = mvc.get().uri("/hazards/export.xlsx?number=" + number)
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(export).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook workbook = workbook(export)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("重大事故隐患台账");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("统计期：截至" + chinese(today));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("隐患编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var row = sheet.getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(enterpriseName);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://example.org\")");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("阿图什市");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("整改中");
            assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today.minusDays(40));
            assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today.plusDays(20));
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("否");
            assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(0.0);
        }

        MvcTestResult outside = mvc.get().uri("/hazards/export.xlsx?number=" + number)
                .with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange();
        assertThat(outside).hasStatusOk();
        try (XSSFWorkbook workbook = workbook(outside)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("only the heading").isEqualTo(2);
        }
        assertThat(mvc.get().uri("/hazards/export.xlsx?status=NONSENSE").with(TestCallers.committeeAdmin()))
                .hasStatus(400);
    }

    private UUID enterprise(String name, String jurisdiction) {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), HazardApiSupport.randomCreditCode(),
                new EnterpriseProfile(name, JurisdictionCode.of(jurisdiction), IndustryCode.of("HAZARDOUS_CHEMICALS"),
                        true, "阿图什市测试路 1 号", new Person("张三", "13800000000", null),
                        new Person("李四", "13900000000", null), StandardisationGrade.NONE,
                        EnterpriseStatus.OPERATING));
        return enterprises.save(enterprise).id().value();
    }

    private List<String> links(UUID id) throws Exception {
        String html = mvc.get().uri("/hazards/" + id).with(TestCallers.committeeAdmin()).exchange().getResponse()
                .getContentAsString();
        return java.util.regex.Pattern.compile("id=\"hazard-document-([a-z-]+)\"[^>]*href=\"/hazards/" + id
                        + "/documents/\\1\\.pdf\"").matcher(html).results().map(m -> m.group(1)).toList();
    }

    private MvcTestResult document(UUID id, String document) {
        return mvc.get().uri("/hazards/" + id + "/documents/" + document + ".pdf").with(TestCallers.committeeAdmin())
                .exchange();
    }

    private String pdf(UUID id, String document) throws Exception {
        MvcTestResult result = document(id, document);
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        return PdfText.of(result.getResponse().getContentAsByteArray());
    }

    private String unitName(String code) {
        return units.findByCode(UnitCode.of(code)).orElseThrow().name();
    }

    private static XSSFWorkbook workbook(MvcTestResult result) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** Without white space: pdftotext breaks a long clause over the lines of its cell. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
