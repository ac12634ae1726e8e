package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * An inspection in the browser, 谁检查、谁签名、谁负责: an inspector of the emergency bureau records an inspection of an
 * Akto chemicals enterprise with a colleague, marks the checklist from CHEM-2017 with a finding citing clause 2,
 * registers it as a major hazard and follows the link to the hazard it created (channel 督导检查发现, the inspection as
 * its source); he signs, closing with one signature is refused, the colleague signs from his own account and closes.
 */
class InspectionBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseStore enterprises;

    @Test
    void an_inspection_with_a_finding_becomes_a_hazard_and_is_closed_after_two_inspectors_sign() {
        Enterprise enterprise = enterprises.save(Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("执法检查界面测试化工" + org.zhiben.platform.testing.TestNames.letters(),
                        JurisdictionCode.of("653022"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿克陶县测试路 5 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
        String li = "ui-li-" + RUN;
        String wang = "ui-wang-" + RUN;
        RoleAssignment inspector = RoleAssignment.ofJurisdiction(UnitCode.of("EMB"), JurisdictionCode.of("653022"),
                Role.INSPECTOR);
        create(li, "李执法", inspector);
        create(wang, "王执法", inspector);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn(li);
        clickAndLoad(By.id("nav-enforcement"));
        clickAndLoad(By.id("section-inspections"));
        clickAndLoad(By.id("record-inspection"));
        clickAndLoad(By.id("inspection-submit"));
        assertThat(waitFor(By.id("inspection-enterprise-error")).getText()).isNotBlank();
        assertThat(text(By.id("inspection-inspectors-error"))).contains("至少选择两名");
        fill("inspection-enterprise", enterprise.creditCode().value());
        fill("inspection-date", today.minusDays(1).toString());
        new Select(browser.findElement(By.id("inspection-method"))).selectByVisibleText("四不两直");
        WebElement colleague = browser.findElement(By.id("inspector-" + wang));
        script("arguments[0].scrollIntoView({block: 'center'})", colleague);
        colleague.click();
        assertThat(browser.findElement(By.id("inspector-" + li)).isSelected()).isTrue();
        clickAndLoad(By.id("inspection-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("检查已记录");
        assertThat(text(By.id("inspection-inspectors"))).contains("李执法", "王执法");
        assertThat(text(By.id("inspection-method"))).isEqualTo("四不两直");
        String inspection = browser.getCurrentUrl().replaceAll("[?#].*", "");

        click(By.id("mark-2-FINDING"));
        new Select(browser.findElement(By.id("clause-2"))).selectByValue("CHEM-2017|2");
        fill("note-2", "两名特种作业人员未持证上岗");
        clickAndLoad(By.id("mark-2-submit"));
        assertThat(waitFor(By.id("item-2-mark")).getText()).isEqualTo("发现问题");
        List<String> others = browser.findElements(By.cssSelector("form.mark-form")).stream()
                .map(form -> form.getAttribute("id").substring("mark-".length())).filter(code -> !code.equals("2"))
                .toList();
        for (String item : others) {
            click(By.id("mark-" + item + "-FINE"));
            clickAndLoad(By.id("mark-" + item + "-submit"));
            waitFor(By.id("item-" + item + "-mark"));
        }

        fill("location-2", "二号罐区");
        clickAndLoad(By.id("raise-2-submit"));
        assertThat(waitFor(By.id("raised-hazard")).getText()).contains("已登记为重大隐患");
        clickAndLoad(By.id("raised-hazard-link"));
        assertThat(waitFor(By.id("hazard-number")).getText()).startsWith("653022-");
        assertThat(text(By.cssSelector("main"))).contains("督导检查发现");
        assertThat(text(By.id("hazard-source"))).contains("执法检查记录");
        clickAndLoad(By.id("hazard-source-inspection"));
        assertThat(waitFor(By.id("item-2-hazard")).getText()).contains("已登记为隐患 653022-");

        confirmAndLoad(By.id("sign-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("已签名");
        assertThat(browser.findElements(By.id("sign-submit"))).isEmpty();
        confirmAndLoad(By.id("close-submit"));
        assertThat(waitFor(By.cssSelector(".flash.error")).getText()).contains("两名检查人员签名", "目前 1 人签名");
        assertThat(RawCodes.inText(text(By.cssSelector("main")).replaceAll("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+", " ")))
                .isEmpty();

        browser.manage().deleteAllCookies();
        signIn(wang);
        browser.get(inspection);
        confirmAndLoad(By.id("sign-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("已签名");
        confirmAndLoad(By.id("close-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("检查已办结");
        assertThat(text(By.id("inspection-status"))).isEqualTo("已办结");
        assertThat(text(By.id("signature-list"))).contains("李执法", "王执法");
        assertThat(browser.findElements(By.id("close-submit"))).isEmpty();
    }

    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void fill(String id, String value) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }
}
