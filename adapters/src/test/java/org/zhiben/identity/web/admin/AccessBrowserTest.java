package org.zhiben.identity.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.zhiben.platform.web.ui.BrowserTest;

class AccessBrowserTest extends BrowserTest {

    @Test
    void an_akto_officer_reports_only_for_akto_and_is_refused_for_artux() {
        signIn(AKTO_OFFICER);
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        open("/campaign/tasks/15");
        waitFor(By.id("progress-form"));
        List<String> offered = new Select(browser.findElement(By.id("progress-unit"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(offered).containsExactly("AKTO_GOV");

        script("var select = document.getElementById('progress-unit');"
                + "var option = document.createElement('option'); option.value = 'ARTUX_GOV'; option.text = 'Artux';"
                + "select.appendChild(option); select.value = 'ARTUX_GOV';");
        browser.findElement(By.id("progress-text")).sendKeys("以阿图什市名义报送的进展");
        clickAndLoad(By.id("progress-submit"));

        assertThat(waitFor(By.id("error-403")).getText()).contains("无权访问");
        open("/campaign/tasks/15");
        assertThat(text(By.id("entries"))).doesNotContain("以阿图什市名义报送的进展");
    }

    @Test
    void an_akto_officer_cannot_open_user_administration() {
        signIn(AKTO_OFFICER);
        open("/admin/users");
        assertThat(waitFor(By.id("error-403")).getText()).contains("无权访问");
    }

    @Test
    void on_a_tablet_the_navigation_collapses_behind_the_menu_button() throws Exception {
        signIn(ADMIN);
        browser.manage().window().setSize(new Dimension(800, 1100));
        open("/campaign/tasks");
        waitFor(By.id("ledger-filter"));

        WebElement menu = browser.findElement(By.id("nav-toggle-label"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        screenshot("09-tablet-ledger");
        menu.click();
        assertThat(waitFor(By.id("main-nav")).findElement(By.linkText("责任认定")).isDisplayed()).isTrue();
    }

    @Test
    void the_committee_office_creates_a_user_sees_the_one_time_password_once_and_disables_the_account()
            throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.id("nav-users"));
        waitFor(By.id("users"));
        clickAndLoad(By.id("new-user"));
        waitFor(By.id("user-form"));
        String username = "ui-new-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("住建局测试人员");
        browser.findElement(By.cssSelector("input[value=DEPARTMENT_OFFICER]")).click();
        new Select(browser.findElement(By.id("unit"))).selectByValue("HOUSING");
        clickAndLoad(By.id("save-user"));

        String oneTimePassword = waitFor(By.id("one-time-password")).getText();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        screenshot("08-user-created");
        clickAndLoad(By.linkText("查看该用户"));
        waitFor(By.id("user-state"));
        assertThat(browser.getPageSource()).doesNotContain(oneTimePassword);
        confirmAndLoad(By.id("disable-user"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isEqualTo("账号已停用。");
        assertThat(text(By.id("user-state"))).isEqualTo("停用");

        open("/admin/users");
        screenshot("07-users");
    }

    @Test
    void the_auditor_searches_the_trail_by_user_and_verifies_the_chain() throws Exception {
        signIn(AUDITOR);
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        clickAndLoad(By.id("nav-audit"));
        waitFor(By.id("audit-filter"));
        browser.findElement(By.id("a-username")).sendKeys(ADMIN);
        clickAndLoad(By.cssSelector("#audit-filter button"));
        waitUntilUrlContains("username=" + ADMIN);
        screenshot("10-audit-trail");

        clickAndLoad(By.id("verify-chain"));
        assertThat(waitFor(By.id("verification")).getText()).containsAnyOf("日志链完整", "日志链断裂");
        screenshot("11-audit-verification");
    }
}
