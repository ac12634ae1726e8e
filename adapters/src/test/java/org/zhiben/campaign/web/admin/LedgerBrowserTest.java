package org.zhiben.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.zhiben.platform.web.ui.BrowserTest;

class LedgerBrowserTest extends BrowserTest {

    @Test
    void the_committee_office_signs_in_and_sees_the_campaign_overview() throws Exception {
        open("/login");
        screenshot("01-login");
        signIn(ADMIN);

        assertThat(text(By.id("signed-in"))).contains("安委办测试管理员").doesNotContain(ADMIN).contains("州安委会办公室");
        assertThat(text(By.tagName("h1"))).isEqualTo("攻坚概况");
        assertThat(text(By.id("current-phase"))).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(browser.findElement(By.id("status-counts")).getText()).contains("已逾期").contains("未开始");
        assertThat(browser.findElements(By.id("nav-users"))).hasSize(1);
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
        screenshot("02-home");
    }

    @Test
    void a_progress_entry_recorded_on_a_task_appears_in_the_ledger() throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.linkText("攻坚台账"));
        waitFor(By.id("ledger-filter"));
        assertThat(text(By.id("ledger-count"))).isEqualTo("共 31 项任务");

        // 各县(市)人民政府 answer for tasks 3, 15 and 31: filtered by the Akto county government, the ledger shows them
        new Select(browser.findElement(By.id("unit"))).selectByValue("AKTO_GOV");
        browser.findElement(By.id("apply-filter")).click();
        waitUntilUrlContains("unit=AKTO_GOV");
        waitFor(By.id("task-15"));
        assertThat(browser.findElements(By.cssSelector("table.ledger tbody tr"))).hasSize(3);
        screenshot("03-ledger");
        int entriesBefore = Integer.parseInt(text(By.cssSelector("#task-15 .entry-count")));

        clickAndLoad(By.cssSelector("#task-15 a"));
        waitFor(By.id("progress-form"));
        String progress = "组织开展安全生产月活动，检查企业 " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.findElement(By.id("progress-unit"))).selectByValue("EMB");
        browser.findElement(By.id("progress-text")).sendKeys(progress);
        browser.findElement(By.id("progress-evidence")).sendKeys("克安办〔2026〕15号");
        screenshot("04-task-with-form");
        clickAndLoad(By.id("progress-submit"));

        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isEqualTo("工作进展已报送。");
        assertThat(text(By.id("entries"))).contains(progress).contains("克安办〔2026〕15号");

        clickAndLoad(By.linkText("← 返回攻坚台账"));
        waitFor(By.id("task-15"));
        assertThat(Integer.parseInt(text(By.cssSelector("#task-15 .entry-count")))).isEqualTo(entriesBefore + 1);
    }

    @Test
    void a_refused_field_is_marked_next_to_it_and_what_was_typed_is_kept() {
        signIn(ADMIN);
        open("/campaign/tasks/15");
        waitFor(By.id("progress-form"));
        browser.findElement(By.id("progress-text")).sendKeys("明天才会完成的检查");
        browser.findElement(By.id("progress-evidence")).sendKeys("待定文号");
        script("document.getElementById('progress-date').value = '2099-01-01'");
        clickAndLoad(By.id("progress-submit"));

        assertThat(waitFor(By.id("progress-date-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("progress-text")).getAttribute("value")).isEqualTo("明天才会完成的检查");
        assertThat(browser.findElement(By.id("progress-evidence")).getAttribute("value")).isEqualTo("待定文号");
        assertThat(browser.findElement(By.id("progress-date")).getAttribute("value")).isEqualTo("2099-01-01");
        assertThat(browser.findElements(By.cssSelector(".flash.success"))).isEmpty();

        browser.findElement(By.id("progress-text")).clear();
        browser.findElement(By.id("progress-text")).sendKeys("   ");
        clickAndLoad(By.id("progress-submit"));
        assertThat(waitFor(By.id("progress-text-error")).getText()).isEqualTo("必填");
        assertThat(browser.findElement(By.id("progress-evidence")).getAttribute("value")).isEqualTo("待定文号");
    }

    @Test
    void switching_to_english_keeps_the_page_and_shows_english_texts_and_iso_dates() {
        signIn(ADMIN);
        open("/campaign/tasks?status=OVERDUE");
        waitFor(By.id("ledger-filter"));
        clickAndLoad(By.id("lang-en"));

        waitUntilUrlContains("lang=en");
        assertThat(browser.getCurrentUrl()).contains("/campaign/tasks").contains("status=OVERDUE");
        assertThat(text(By.tagName("h1"))).isEqualTo("Campaign ledger");
        assertThat(text(By.cssSelector(".main-nav"))).contains("Reference data");
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getText())
                .isEqualTo("Overdue");

        open("/");
        assertThat(text(By.id("current-phase"))).containsPattern("\\d{4}-\\d{2}-\\d{2}");
        clickAndLoad(By.id("lang-zh"));
        waitUntilUrlContains("lang=zh-CN");
        assertThat(text(By.tagName("h1"))).isEqualTo("攻坚概况");
    }

    @Test
    void a_task_that_does_not_exist_and_a_malformed_filter_are_shown_as_error_pages_in_the_layout() {
        signIn(ADMIN);
        open("/campaign/tasks/999");
        assertThat(waitFor(By.id("error-404")).getText()).contains("页面不存在");
        assertThat(browser.findElements(By.id("signed-in"))).hasSize(1);
        open("/campaign/tasks?status=LATE");
        assertThat(waitFor(By.id("error-4xx")).getText()).contains("请求有误");
    }
}
