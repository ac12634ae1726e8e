package org.zhiben.organization.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.zhiben.platform.web.ui.BrowserTest;

class ResponsibilityBrowserTest extends BrowserTest {

    @Test
    void the_responsibility_form_explains_the_lead_the_responsible_units_and_every_step() throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.linkText("责任认定"));
        waitFor(By.id("responsibility-form"));
        browser.findElement(By.id("description")).sendKeys("阿克陶县某非煤矿山尾矿库安全隐患");
        new Select(browser.findElement(By.id("industry"))).selectByValue("MINES");
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("653022");
        new Select(browser.findElement(By.id("involvement-unit-0"))).selectByValue("NATRES");
        new Select(browser.findElement(By.id("involvement-role-0"))).selectByValue("CONTRIBUTING");
        clickAndLoad(By.id("resolve"));

        WebElement lead = waitFor(By.id("resolution-lead"));
        assertThat(lead.getText()).contains("应急").contains("谁主管谁牵头");
        List<WebElement> steps = browser.findElements(By.cssSelector("#resolution-trace li"));
        assertThat(steps).hasSizeGreaterThan(2);
        assertThat(steps.get(0).getText()).isNotBlank();
        assertThat(text(By.id("resolution-trace"))).contains("确定牵头").contains("属地管理");
        assertThat(text(By.id("resolution-units"))).contains("管行业必须管安全");
        assertThat(browser.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("阿克陶县某非煤矿山尾矿库安全隐患");
        screenshot("05-responsibility-result");
    }

    @Test
    void a_matter_that_no_principle_decides_is_flagged_for_the_committee_office() {
        signIn(ADMIN);
        open("/responsibility");
        browser.findElement(By.id("description")).sendKeys("无人认领的新业态：共享电动滑板车停放点");
        browser.findElement(By.id("newBusinessForm")).click();
        clickAndLoad(By.id("resolve"));

        assertThat(waitFor(By.id("resolution-undecided")).getText()).contains("安委会办公室");
    }

    @Test
    void the_reference_data_lists_units_by_kind_jurisdictions_and_industries() throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.linkText("基础数据"));
        waitFor(By.id("units"));
        int all = browser.findElements(By.cssSelector("#units tbody tr")).size();
        new Select(browser.findElement(By.id("kind"))).selectByValue("LOCAL_GOVERNMENT");
        clickAndLoad(By.cssSelector(".filters button"));
        waitUntilUrlContains("kind=LOCAL_GOVERNMENT");

        List<WebElement> governments = browser.findElements(By.cssSelector("#units tbody tr"));
        assertThat(governments).hasSizeBetween(4, all - 1);
        assertThat(text(By.id("units"))).contains("ARTUX_GOV").contains("AKTO_GOV").doesNotContain("HOUSING");
        screenshot("06-units");

        clickAndLoad(By.linkText("属地"));
        assertThat(waitFor(By.id("jurisdictions")).getText()).contains("653022").contains("阿克陶县");
        clickAndLoad(By.linkText("行业领域"));
        assertThat(waitFor(By.id("industries")).getText()).contains("MINES").contains("矿山");
    }
}
