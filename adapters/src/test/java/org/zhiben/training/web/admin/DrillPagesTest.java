package org.zhiben.training.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;

/**
 * The pages of drills, rescue teams and training institutions, in Chinese and without raw codes: an enterprise's
 * manager records its drill and registers its rescue team on the forms; a wrong value is marked next to its field
 * with nothing stored; the compliance view shows its chart and the table behind it with the overdue enterprises; a
 * county re-checks an institution and a non-compliant one is shown removed with its reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DrillPagesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void setClock() {
        clock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_manager_records_its_drill_on_the_form_and_a_wrong_value_is_marked_at_its_field() {
        String name = "页面演练化工" + TestNames.letters();
        UUID enterprise = TrainingFixtures.enterprise(enterprises, name, TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));

        String page = html(mvc.get().uri("/training/drills").with(manager).exchange());
        assertThat(page).contains("疏散逃生演练", "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)", "登记演练",
                "演练达标情况", "应急救援队伍", "培训机构", name);
        assertThat(RawCodes.inHtml(page)).isEmpty();

        MvcTestResult refused = mvc.post().uri("/training/drills").with(manager)
                .param("enterpriseId", enterprise.toString()).param("heldOn", "2026-01-06").param("scope", "全厂")
                .param("participantCount", "三十").param("participants", "全体从业人员").param("findings", " ")
                .exchange();
        assertThat(refused).hasStatusOk();
        String marked = html(refused);
        assertThat(marked).contains("id=\"participantCount-error\"", "请填写整数：三十", "id=\"findings-error\"");
        assertThat(jdbc.queryForObject("select count(*) from training.drill where enterprise_id = ?", Integer.class,
                enterprise)).isZero();
        MvcTestResult future = mvc.post().uri("/training/drills").with(manager)
                .param("enterpriseId", enterprise.toString()).param("heldOn", "2026-01-06").param("scope", "全厂")
                .param("participantCount", "30").param("participants", "全体从业人员").param("findings", "无")
                .exchange();
        assertThat(html(future)).contains("id=\"heldOn-error\"", "不能晚于今天");

        MvcTestResult saved = mvc.post().uri("/training/drills").with(manager)
                .param("enterpriseId", enterprise.toString()).param("heldOn", "2025-12-30")
                .param("scope", "储罐区和装卸区").param("participantCount", "42").param("participants", "全体从业人员")
                .param("findings", "应急照明一处失效").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String list = html(mvc.get().uri("/training/drills").with(manager).exchange());
        assertThat(list).contains("2025年12月30日", "储罐区和装卸区", "应急照明一处失效", "阿克陶县");
        assertThat(RawCodes.inHtml(list)).isEmpty();

        String drill = jdbc.queryForObject("select id::text from training.drill where enterprise_id = ?",
                String.class, enterprise);
        String trail = html(mvc.get().uri("/audit").param("entityId", drill).with(TestCallers.auditor()).exchange());
        assertThat(trail).contains("疏散逃生演练", "登记疏散逃生演练", "演练日期", "2025年12月30日", "参加人数");
        assertThat(RawCodes.inHtml(trail)).isEmpty();
    }

    @Test
    void the_compliance_view_shows_its_chart_the_table_behind_it_and_the_overdue_enterprises() {
        String overdue = "逾期演练工贸" + TestNames.letters();
        TrainingFixtures.enterprise(enterprises, overdue, TestCallers.AKTO, "INDUSTRY_TRADE", false);

        String page = html(mvc.get().uri("/training/drills/compliance").param("from", "2025-01-01")
                .param("to", "2025-12-31").param("jurisdiction", TestCallers.AKTO)
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(page).contains("演练达标情况", "2025年1月1日至2025年12月31日（截至2026年1月5日）", "role=\"img\"",
                "按属地：按期演练的企业", "id=\"drill-jurisdiction-table\"", "id=\"drill-industry-table\"", "阿克陶县",
                "工贸", overdue, "2025年", "每年至少1次", "从未演练");
        assertThat(RawCodes.inHtml(page)).isEmpty();
    }

    @Test
    void an_enterprise_manager_registers_its_mine_rescue_team_and_a_stale_revision_is_refused_with_a_message() {
        String name = "页面救援矿业" + TestNames.letters();
        UUID enterprise = TrainingFixtures.enterprise(enterprises, name, TestCallers.AKTO, "MINES", true).id()
                .value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        String before = html(mvc.get().uri("/training/rescue-teams").with(manager).exchange());
        assertThat(before).contains("尚未建立救援队伍的高危行业企业（1 家）", name);

        String refused = html(mvc.post().uri("/training/rescue-teams").with(manager)
                .param("enterpriseId", enterprise.toString()).param("name", "矿山救护队").param("memberCount", "9")
                .param("leaderName", "赵大勇").param("equipment", "正压氧气呼吸器").param("mineRescue", "true")
                .param("grade", "").exchange());
        assertThat(refused).contains("id=\"grade-error\"", "矿山救护队须填写标准化等级");

        MvcTestResult saved = mvc.post().uri("/training/rescue-teams").with(manager)
                .param("enterpriseId", enterprise.toString()).param("name", "矿山救护队").param("memberCount", "9")
                .param("leaderName", "赵大勇").param("equipment", "正压氧气呼吸器\n瓦斯检测仪").param("mineRescue", "true")
                .param("grade", "LEVEL_3").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String list = html(mvc.get().uri("/training/rescue-teams").with(manager).exchange());
        assertThat(list).contains("赵**", "正压氧气呼吸器、瓦斯检测仪", "三级", "高危行业企业均已建立救援队伍")
                .doesNotContain("赵大勇");
        assertThat(RawCodes.inHtml(list)).isEmpty();

        String id = jdbc.queryForObject("select id::text from training.rescue_team where enterprise_id = ?",
                String.class, enterprise);
        String edit = html(mvc.get().uri("/training/rescue-teams/" + id + "/edit").with(manager).exchange());
        assertThat(edit).contains("修改救援队伍：" + name, "赵**");
        assertThat(mvc.post().uri("/training/rescue-teams/" + id).with(manager).param("version", "0")
                .param("name", "矿山救护队").param("memberCount", "11").param("leaderName", "赵**")
                .param("equipment", "正压氧气呼吸器").param("mineRescue", "true").param("grade", "LEVEL_2").exchange())
                .hasStatus3xxRedirection();
        String stale = html(mvc.post().uri("/training/rescue-teams/" + id).with(manager).param("version", "0")
                .param("name", "矿山救护队").param("memberCount", "13").param("leaderName", "赵**")
                .param("equipment", "正压氧气呼吸器").param("mineRescue", "true").param("grade", "LEVEL_1").exchange());
        assertThat(stale).contains("该救援队伍已被他人修改，请重新打开后再修改");
        assertThat(jdbc.queryForObject("select member_count from training.rescue_team where id = ?::uuid",
                Integer.class, id)).isEqualTo(11);
    }

    @Test
    void a_county_enters_an_institution_and_removes_it_on_a_failed_recheck_with_the_reason() {
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);
        String name = "页面培训学校" + TestNames.letters();
        MvcTestResult entered = mvc.post().uri("/training/institutions").with(county).param("name", name)
                .param("jurisdiction", TestCallers.AKTO).param("licenceNumber", "克安培〔2019〕3号")
                .param("approvedOn", "2019-03-01").exchange();
        assertThat(entered).hasStatus3xxRedirection();
        String detailUrl = entered.getResponse().getRedirectedUrl();
        String detail = html(mvc.get().uri(detailUrl).with(county).exchange());
        assertThat(detail).contains(name, "阿克陶县", "2019年3月1日", "在册", "未复核", "该机构逾期未复核", "条件复核");
        assertThat(RawCodes.inHtml(detail)).isEmpty();
        assertThat(html(mvc.get().uri("/training/institutions").with(TestCallers.auditor()).exchange()))
                .contains(name, "逾期未复核的在册机构").doesNotContain("登记培训机构");

        String blank = html(mvc.post().uri(detailUrl + "/recheck").with(county).param("version", "0")
                .param("recheckedOn", "2026-01-04").param("compliant", "false").param("notes", "").exchange());
        assertThat(blank).contains("id=\"notes-error\"");
        assertThat(mvc.post().uri(detailUrl + "/recheck").with(county).param("version", "0")
                .param("recheckedOn", "2026-01-04").param("compliant", "false").param("notes", "教学场地不足")
                .exchange()).hasStatus3xxRedirection();
        String removed = html(mvc.get().uri(detailUrl).with(county).exchange());
        assertThat(removed).contains("已清退", "2026年1月4日：不符合基本条件，清退", "清退理由", "教学场地不足")
                .doesNotContain("该机构逾期未复核", "id=\"recheck-form\"");
        assertThat(RawCodes.inHtml(removed)).isEmpty();

        String id = detailUrl.substring(detailUrl.lastIndexOf('/') + 1);
        String trail = html(mvc.get().uri("/audit").param("entityId", id).with(TestCallers.auditor()).exchange());
        assertThat(trail).contains("登记培训机构", "培训机构复核不合格，清退", "清退理由", "教学场地不足", "已清退",
                "2026年1月4日");
        assertThat(RawCodes.inHtml(trail)).isEmpty();
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
