package org.zhiben.audit.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The audit trail as auditors read it: actions and entity types by name, the change as fields with old and new values
 * translated, ids linked to their records, a filter by entity type, and exports with Chinese headers; sign-ins, failed
 * sign-ins and lockouts are in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {

    static final String PASSWORD = "Correct-Horse-42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditRecorder audit;

    @Autowired
    Transactions transactions;

    @Autowired
    CreateUser createUser;

    @Autowired
    ChangeOwnPassword changeOwnPassword;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_change_of_a_hazard_reads_as_fields_with_old_and_new_values_and_links_to_the_hazard() throws Exception {
        String hazard = UUID.randomUUID().toString();
        transactions.write(() -> {
            audit.record(new Actor("county-a", "COUNTY_OFFICER", "EMB"), "MajorHazard", hazard, "hazard.plan-set",
                    null, "status=DETERMINED->RECTIFYING;deadline=2026-12-31;fundsFen=150000");
            audit.record(Actor.SYSTEM, "MajorHazard", hazard, "hazard.escalated", "每日定时升级督办",
                    "step=WARNING_LETTER;actingUnit=ACO;on=2027-01-05");
        });

        var page = mvc.get().uri("/audit?entityType=MajorHazard&entityId=" + hazard).with(TestCallers.auditor())
                .exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("重大事故隐患", "制定整改方案", "状态：已判定 → 整改中", "整改期限：2026年12月31日",
                "整改资金：1,500.00 元", "升级督办", "督办措施：函告", "实施单位：州安委会办公室", "州应急管理局", "系统",
                "每日定时升级督办");
        assertThat(html).contains("href=\"/hazards/" + hazard + "\"");
        assertThat(RawCodes.inHtml(html)).isEmpty();

        String english = mvc.get().uri("/audit?lang=en&entityType=MajorHazard&entityId=" + hazard)
                .with(TestCallers.auditor()).exchange().getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(english)).contains("Rectification plan set", "Determined → Rectifying",
                "CNY 1,500.00");
    }

    @Test
    void enforcement_entries_read_by_name_and_link_to_their_records() throws Exception {
        String tipOff = UUID.randomUUID().toString();
        String penaltyCase = UUID.randomUUID().toString();
        transactions.write(() -> {
            audit.record(new Actor("desk-a", "TIP_OFF_OFFICER", "EMB"), "TipOff", tipOff, "tip-off.received", null,
                    "channel=HOTLINE;anonymous=true;insider=false;jurisdiction=653001");
            audit.record(new Actor("county-a", "COUNTY_OFFICER", "EMB"), "PenaltyCase", penaltyCase,
                    "penalty-case.opened", null, "enterprise=" + UUID.randomUUID() + ";origin=HAZARD:" + UUID.randomUUID());
            audit.record(new Actor("county-a", "COUNTY_OFFICER", "EMB"), "PenaltyCase", penaltyCase,
                    "penalty-case.basis-set", null, "totalFineFen=500000;dual=true");
        });

        String html = mvc.get().uri("/audit?entityId=" + tipOff).with(TestCallers.auditor()).exchange().getResponse()
                .getContentAsString();
        assertThat(RawCodes.visibleText(html)).contains("举报", "接收举报", "举报渠道：", "匿名：是", "属地：阿图什市");
        assertThat(html).contains("href=\"/enforcement/tip-offs/" + tipOff + "\"");
        assertThat(RawCodes.inHtml(html)).isEmpty();

        String cases = mvc.get().uri("/audit?entityType=PenaltyCase&entityId=" + penaltyCase).with(TestCallers.auditor())
                .exchange().getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(cases)).contains("行政处罚案件", "立案", "案件来源：重大事故隐患",
                "罚款合计：5,000.00 元", "一案双罚：是");
        assertThat(RawCodes.inHtml(cases)).isEmpty();
    }

    @Test
    void the_entity_type_is_chosen_from_the_types_the_modules_name() throws Exception {
        String html = mvc.get().uri("/audit?entityType=Enterprise").with(TestCallers.auditor()).exchange()
                .getResponse().getContentAsString();

        assertThat(html).contains("<select id=\"a-entity-type\" name=\"entityType\">")
                .contains("<option value=\"MajorHazard\">重大事故隐患</option>")
                .contains("<option value=\"user\">用户账户</option>")
                .contains("<option value=\"ProgressEntry\">工作进展</option>")
                .contains("<option value=\"Enterprise\" selected=\"selected\">企业</option>");
    }

    @Test
    void sign_ins_failed_sign_ins_and_a_lockout_are_in_the_trail_in_chinese() throws Exception {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        var issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(username), "审计测试",
                RoleAssignment.ofJurisdiction(UnitCode.of("EMB"), JurisdictionCode.of("653022"),
                        Role.COUNTY_OFFICER)));
        changeOwnPassword.change(new Actor(username, "COUNTY_OFFICER", "EMB"),
                new ChangeOwnPasswordCommand(Username.of(username), issued.oneTimePassword(), PASSWORD));
        assertThat(login(username, PASSWORD)).hasRedirectedUrl("/");
        for (int i = 0; i < 5; i++) {
            login(username, "Wrong-Password-" + i);
        }
        String userId = accounts.findByUsername(Username.of(username)).orElseThrow().id().toString();

        var page = mvc.get().uri("/audit?entityType=user&entityId=" + userId).with(TestCallers.auditor()).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("新建用户", "角色：县市/口岸工作人员", "单位：州应急管理局", "属地：阿克陶县", "修改密码",
                "登录", "登录失败", "结果：用户名或密码错误", "账户锁定", "锁定：是", "未登录用户");
        assertThat(text.split("登录失败", -1)).hasSize(6);
        assertThat(html).contains("href=\"/admin/users/" + userId + "\"");
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }

    @Test
    void the_entries_found_are_exported_as_csv_and_as_excel_with_chinese_headers() throws Exception {
        String hazard = UUID.randomUUID().toString();
        transactions.write(() -> audit.record(new Actor("county-b", "COUNTY_OFFICER", "EMB"), "MajorHazard", hazard,
                "hazard.plan-set", "=HYPERLINK(\"x\")", "status=DETERMINED->RECTIFYING;fundsFen=2500"));

        var csv = mvc.get().uri("/audit/export.csv?entityType=MajorHazard&entityId=" + hazard)
                .with(TestCallers.auditor()).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF序号,时间,用户,单位,对象类型,对象编号,操作,变更内容,原因\r\n");
        assertThat(body).contains("county-b,州应急管理局,重大事故隐患," + hazard + ",制定整改方案,"
                + "状态：已判定 → 整改中；整改资金：25.00 元,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(body.lines()).hasSize(2);

        var xlsx = mvc.get().uri("/audit/export.xlsx?entityType=MajorHazard&entityId=" + hazard)
                .with(TestCallers.auditor()).exchange();
        assertThat(xlsx).hasStatusOk();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("审计日志");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("变更内容");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("heading frozen").isEqualTo((short) 2);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).as("sequence as a number")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("制定整改方案");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("状态：已判定 → 整改中；整改资金：25.00 元");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void only_auditors_read_and_export_the_trail() {
        assertThat(mvc.get().uri("/audit/export.csv").with(TestCallers.committeeAdmin())).hasStatus(403);
        assertThat(mvc.get().uri("/audit/export.xlsx").with(TestCallers.committeeAdmin())).hasStatus(403);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult login(String username, String password) {
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password)
                .exchange();
    }
}
