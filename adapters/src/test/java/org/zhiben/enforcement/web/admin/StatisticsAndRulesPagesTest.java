package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.application.DecidePenaltyCase;
import org.zhiben.enforcement.application.InspectionTarget;
import org.zhiben.enforcement.application.MarkChecklistItem;
import org.zhiben.enforcement.application.NotifyPenaltyRights;
import org.zhiben.enforcement.application.PenaltyCaseTarget;
import org.zhiben.enforcement.application.OpenPenaltyCase;
import org.zhiben.enforcement.application.RecordInspection;
import org.zhiben.enforcement.application.SetPenaltyBasis;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The statistics page reads by name with Chinese numbers, draws the chart over the table, shows "—" for a group
 * without an inspection with findings and exports the same table; the rules page lists the versions and adds one
 * from a form, refusing a day already past next to the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsAndRulesPagesTest {

    /** A period no other test records anything in (the shipped rules apply from 2024-03-12). */
    static final String PERIOD = "from=2024-07-01&to=2024-08-31";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    RolePermissions permissions;
    @Autowired
    CurrentActors actors;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RecordInspection record;
    @Autowired
    MarkChecklistItem mark;
    @Autowired
    OpenPenaltyCase open;
    @Autowired
    SetPenaltyBasis setBasis;
    @Autowired
    NotifyPenaltyRights notifyRights;
    @Autowired
    DecidePenaltyCase decide;

    @BeforeAll
    void enforcementIn2024() {
        Enterprise enterprise = enterprises.save(Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("统计测试化工" + org.zhiben.platform.testing.TestNames.letters(),
                        JurisdictionCode.of("653001"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿图什市测试路 3 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
        UUID id = enterprise.id().value();
        TestCallers.asCommitteeAdmin(permissions, () -> {
            inspected(id, LocalDate.of(2024, 7, 10), InspectionMethod.FOUR_NOS_TWO_STRAIGHTS, true);
            inspected(id, LocalDate.of(2024, 8, 2), InspectionMethod.JOINT, false);
            PenaltyCase opened = open.execute(new OpenPenaltyCase.Command(id,
                    new CaseOrigin(CaseOrigin.Kind.INSPECTION, UUID.randomUUID()), "未采取措施消除重大事故隐患"));
            PenaltyCase based = setBasis.execute(new SetPenaltyBasis.Command(new PenaltyCaseTarget(opened.id(),
                    opened.version()), List.of("AQSCF-102"), null, List.of(PenaltyMeasure.fine(PenaltyParty.UNIT,
                            Money.ofFen(1_234_567))), null));
            PenaltyCase notified = notifyRights.execute(new PenaltyCaseTarget(based.id(), based.version()),
                    LocalDate.of(2024, 8, 1));
            return decide.execute(new PenaltyCaseTarget(notified.id(), notified.version()),
                    LocalDate.of(2024, 8, 5));
        });
    }

    private void inspected(UUID enterprise, LocalDate on, InspectionMethod method, boolean finding) {
        Inspection inspection = record.execute(new RecordInspection.Command(enterprise, on, method,
                List.of(actors.actor().username(), "second-inspector"), List.of(new RecordInspection.Item("C1",
                        "液位计是否接入报警"))));
        mark.execute(new InspectionTarget(inspection.id(), inspection.version()), "C1",
                finding ? ChecklistMark.FINDING : ChecklistMark.FINE,
                finding ? new ClauseReference("CHEM-2017", "2") : null, finding ? "未接入报警" : null);
    }

    @Test
    void the_statistics_by_month_read_by_name_with_a_chart_and_the_table_behind_it() throws Exception {
        MvcTestResult page = mvc.get().uri("/enforcement/statistics?" + PERIOD + "&by=month")
                .with(TestCallers.committeeAdmin()).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("执法统计", "统计期间：2024年7月1日至2024年8月31日", "2024年7月", "2024年8月",
                "行政处罚率", "四不两直", "多部门联合检查", "12,345.67 元", "100.0%", "0.0%", "—", "合计");
        assertThat(html).contains("<svg id=\"stats-chart\" role=\"img\"")
                .contains("aria-labelledby=\"stats-chart-title stats-chart-desc\"");
        assertThat(RawCodes.inHtml(html)).isEmpty();

        String byUnit = RawCodes.visibleText(mvc.get().uri("/enforcement/statistics?" + PERIOD + "&by=unit")
                .with(TestCallers.committeeAdmin()).exchange().getResponse().getContentAsString());
        assertThat(byUnit).contains("州安委会办公室");
        String english = RawCodes.visibleText(mvc.get().uri("/enforcement/statistics?lang=en&" + PERIOD
                + "&by=month").with(TestCallers.committeeAdmin()).exchange().getResponse().getContentAsString());
        assertThat(english).contains("Penalty rate", "CNY 12,345.67", "2024-07");
    }

    @Test
    void a_period_ending_before_it_starts_is_a_field_message_on_the_page() throws Exception {
        String html = mvc.get().uri("/enforcement/statistics?from=2024-08-31&to=2024-07-01")
                .with(TestCallers.committeeAdmin()).exchange().getResponse().getContentAsString();

        assertThat(RawCodes.visibleText(html)).contains("统计期间的结束日期不能早于开始日期");
        assertThat(html).doesNotContain("stats-table");
    }

    @Test
    void the_table_is_exported_as_csv_and_excel_with_chinese_headings() throws Exception {
        MvcTestResult csv = mvc.get().uri("/enforcement/statistics/export.csv?" + PERIOD + "&by=month")
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(csv).hasStatusOk();
        String content = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF按月份,检查次数,常规检查,四不两直")
                .contains("2024年8月,1,", "\"12,345.67 元\"", "行政处罚率").contains("—");

        MvcTestResult xlsx = mvc.get().uri("/enforcement/statistics/export.xlsx?" + PERIOD + "&by=month")
                .with(TestCallers.committeeAdmin()).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("按月份");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年7月");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }

    @Test
    void the_rules_page_lists_the_versions_and_the_committee_office_adds_one_from_the_form() throws Exception {
        String html = mvc.get().uri("/enforcement/rules").with(TestCallers.auditor()).exchange().getResponse()
                .getContentAsString();
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("执法规则", "举报奖励标准", "罚款的 15%，最低 3,000.00 元，最高 300,000.00 元",
                "一般事故 30,000.00 元", "逾期 90 天", "异议期 5 天，管理期 3 年，满 12 个月可申请提前移出", "现行",
                "工作日历");
        assertThat(html).doesNotContain("form-tracing");
        assertThat(RawCodes.inHtml(html)).isEmpty();

        String admin = mvc.get().uri("/enforcement/rules").with(TestCallers.committeeAdmin()).exchange()
                .getResponse().getContentAsString();
        assertThat(admin).contains("id=\"form-tracing\"");
        assertThat(RawCodes.inHtml(admin)).isEmpty();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        MvcTestResult past = mvc.post().uri("/enforcement/rules/TRACING").with(TestCallers.committeeAdmin())
                .param("effectiveFrom", today.toString()).param("windowMonths", "12").exchange();
        assertThat(past).hasStatusOk();
        String refused = past.getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(refused)).contains("新版本须自明天或以后施行");
        assertThat(refused).contains("class=\"field has-error\"");

        LocalDate from = today.plusDays(ThreadLocalRandom.current().nextInt(2_000, 25_000));
        assertThat(mvc.post().uri("/enforcement/rules/TRACING").with(TestCallers.committeeAdmin())
                .param("effectiveFrom", from.toString()).param("windowMonths", "12").exchange())
                .hasRedirectedUrl("/enforcement/rules");
        String after = RawCodes.visibleText(mvc.get().uri("/enforcement/rules").with(TestCallers.committeeAdmin())
                .exchange().getResponse().getContentAsString());
        assertThat(after).contains("检查后 12 个月内登记的", "待施行");
        String audit = mvc.get().uri("/audit?entityType=EnforcementRule&entityId=tracing@" + from)
                .with(TestCallers.auditor()).exchange().getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(audit)).contains("执法规则版本", "新增执法规则版本",
                "规则：执法检查责任倒查回溯期", "回溯期（月）：12");
        assertThat(RawCodes.inHtml(audit)).isEmpty();

        assertThat(mvc.post().uri("/enforcement/rules/TRACING").with(TestCallers.auditor())
                .param("effectiveFrom", from.plusDays(1).toString()).param("windowMonths", "12").exchange())
                .hasStatus(403);
    }
}
