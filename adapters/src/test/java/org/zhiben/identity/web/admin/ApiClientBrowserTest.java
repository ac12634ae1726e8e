package org.zhiben.identity.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.web.ui.BrowserTest;

/**
 * The administration of other bureaus' systems, as docs/security.md describes it: the committee office registers a
 * system with its scopes and data scope, sees its secret once, and disables it after a confirmation page; each change
 * is in the audit trail.
 */
class ApiClientBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_committee_office_registers_a_system_sees_its_secret_once_and_disables_it_after_confirming() throws Exception {
        String clientId = "psb-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(ADMIN);
        clickAndLoad(By.id("nav-users"));
        clickAndLoad(By.id("api-clients-link"));
        assertThat(text(By.tagName("h1"))).isEqualTo("外部系统（API 客户端）");
        clickAndLoad(By.id("new-api-client"));

        clickAndLoad(By.id("api-client-submit"));
        assertThat(browser.findElements(By.cssSelector(".has-error"))).isNotEmpty();

        browser.findElement(By.id("name")).sendKeys("公安局治安管理系统");
        browser.findElement(By.id("owner")).sendKeys("自治州公安局");
        browser.findElement(By.id("clientId")).sendKeys(clientId);
        browser.findElement(By.cssSelector("input[name=scopes][value='hazards:read']")).click();
        browser.findElement(By.cssSelector("input[name=scopes][value='enterprises:read']")).click();
        new Select(browser.findElement(By.id("jurisdictions"))).selectByVisibleText("阿图什市");
        screenshot("14-api-client-new");
        clickAndLoad(By.id("api-client-submit"));

        String secret = waitFor(By.id("client-secret")).getText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
        assertThat(text(By.tagName("main"))).contains("只显示这一次").contains(clientId);
        clickAndLoad(By.id("to-api-clients"));

        String row = waitFor(By.id("api-client-" + clientId)).getText();
        assertThat(row).contains("公安局治安管理系统").contains("自治州公安局").contains("查看重大隐患")
                .contains("查看企业名录").contains("阿图什市").contains("启用").doesNotContain(secret);
        assertThat(browser.getPageSource()).doesNotContain(secret);
        screenshot("13-api-clients");

        clickAndLoad(By.id("disable-" + clientId));
        assertThat(waitFor(By.id("disable-confirmation")).getText()).contains("确定停用“公安局治安管理系统”");
        clickAndLoad(By.id("disable-cancel"));
        assertThat(text(By.id("api-client-" + clientId))).contains("启用");

        clickAndLoad(By.id("disable-" + clientId));
        browser.findElement(By.id("disable-reason")).sendKeys("系统下线");
        clickAndLoad(By.id("disable-confirm"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("外部系统已停用");
        assertThat(text(By.id("api-client-" + clientId))).contains("停用");

        clickAndLoad(By.id("enable-" + clientId));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("外部系统已启用");

        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE entity_type = 'api-client' "
                + "AND entity_id = ? ORDER BY sequence", String.class, clientId))
                .containsExactly("api-client.registered", "api-client.disabled", "api-client.enabled");

        browser.manage().deleteAllCookies();
        signIn(AUDITOR);
        open("/audit?entityType=api-client&entityId=" + clientId);
        String trail = waitFor(By.id("audit-entries")).getText();
        assertThat(trail).as("the audit trail shows people by name").contains("安委办测试管理员").doesNotContain(ADMIN);
    }

    @Test
    void only_the_committee_office_reaches_the_page() {
        signIn(AUDITOR);
        open("/admin/api-clients");
        assertThat(waitFor(By.id("error-403")).getText()).doesNotContain("外部系统");
    }
}
