package org.zhiben.hazards.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.identity.RolePermissions;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.DetermineHazardLevelCommand;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.notices.NoticeFixtures;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.shared.Actor;

/**
 * The inbox in the browser: a hazard of an enterprise is determined as major, the listeners put the notices to its
 * principal and actual controller in the inbox, and the enterprise's manager sees them, with the unread count in the
 * page header, and marks them read.
 */
class InboxBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RegisterHazard register;
    @Autowired
    DetermineHazardLevel determine;
    @Autowired
    Transactions transactions;
    @Autowired
    RolePermissions rolePermissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void an_enterprise_manager_sees_the_notices_about_a_major_hazard_and_marks_them_read() {
        NoticeFixtures fixtures = new NoticeFixtures(enterprises, register, transactions, jdbc, clock);
        UUID enterprise = fixtures.enterprise(null, null);
        HazardId hazard = fixtures.reported(enterprise);
        TestCallers.asCommitteeAdmin(rolePermissions, () -> transactions.write(() -> determine.execute(
                new DetermineHazardLevelCommand(hazard, 0,
                        HazardLevelOutcome.major(new ClauseReference("FIREWORKS-2017", "5")), Actor.SYSTEM, null))));
        assertThat(Eventually.await(() -> fixtures.inbox(enterprise), rows -> rows.size() >= 2)).hasSize(2);
        String manager = "ui-inbox-" + UUID.randomUUID().toString().substring(0, 6);
        create(manager, "企业通知测试人员", RoleAssignment.enterpriseManager(enterprise));

        signIn(manager);
        assertThat(text(By.id("inbox-link"))).isEqualTo("通知（2）");
        clickAndLoad(By.id("inbox-link"));
        assertThat(text(By.cssSelector("h1"))).isEqualTo("通知");
        assertThat(text(By.id("inbox-unread"))).isEqualTo("未读 2 条");
        String table = text(By.id("inbox-table"));
        assertThat(table).contains("重大事故隐患已登记：成品仓库").contains("主要负责人").contains("实际控制人");
        assertThat(browser.findElements(By.cssSelector("#inbox-table tr.unread"))).hasSize(2);

        clickAndLoad(By.cssSelector("#inbox-table tr.unread button"));
        assertThat(text(By.id("inbox-unread"))).isEqualTo("未读 1 条");
        assertThat(text(By.id("inbox-link"))).isEqualTo("通知（1）");
        assertThat(browser.findElements(By.cssSelector("#inbox-table tr.unread"))).hasSize(1);

        clickAndLoad(By.id("mark-all-read"));
        assertThat(text(By.cssSelector(".flash.success"))).isEqualTo("已全部标为已读");
        assertThat(text(By.id("inbox-link"))).isEqualTo("通知（0）");
        assertThat(browser.findElements(By.cssSelector("#inbox-table tr.unread"))).isEmpty();

        open("/inbox?lang=en");
        assertThat(text(By.cssSelector("h1"))).isEqualTo("Inbox");
        assertThat(text(By.id("inbox-table"))).contains("Major hazard registered: 成品仓库").contains("Principal");
    }
}
