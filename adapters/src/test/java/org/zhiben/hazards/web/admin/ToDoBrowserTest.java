package org.zhiben.hazards.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The to-do list and the enterprise picker in the browser: an Akto officer reports a hazard by typing part of the
 * enterprise's name and picking it from the list with the keyboard (an enterprise of Artux with the same words is not
 * offered); the hazard's plan then waits on the officer's home page, its item leads to the plan form, and once the
 * plan is saved the item is gone. The enterprise's manager lands on the enterprise home, where the rectification
 * waits with its deadline.
 */
class ToDoBrowserTest extends BrowserTest {

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Autowired
    EnterpriseStore enterprises;

    @Test
    void the_picker_finds_the_enterprise_by_part_of_its_name_and_the_to_do_item_leads_to_the_form_that_clears_it()
            throws IOException {
        String words = "界面待办" + UUID.randomUUID().toString().substring(0, 4);
        Enterprise enterprise = enterprise("阿克陶县" + words + "化工有限公司", "653022");
        Enterprise elsewhere = enterprise("阿图什市" + words + "化工有限公司", "653001");
        String manager = "ui-todo-" + UUID.randomUUID().toString().substring(0, 6);
        create(manager, "待办测试企业安全员", RoleAssignment.enterpriseManager(enterprise.id().value()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn(AKTO_OFFICER);
        open("/hazards/new");
        WebElement picker = waitFor(By.id("report-enterprise"));
        picker.sendKeys(words);
        waitUpTo(java.time.Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#report-enterprise-options [role=option]")));
        assertThat(picker.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(text(By.id("report-enterprise-options"))).contains(enterprise.name())
                .doesNotContain(elsewhere.name());
        screenshot("36-enterprise-picker");
        picker.sendKeys(Keys.ARROW_DOWN);
        assertThat(picker.getAttribute("aria-activedescendant")).isEqualTo("report-enterprise-options-0");
        picker.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("report-enterprise-value")).getAttribute("value"))
                .isEqualTo(enterprise.creditCode().value());
        assertThat(picker.getAttribute("value")).isEqualTo(enterprise.name());
        assertThat(picker.getAttribute("aria-expanded")).isEqualTo("false");

        fill("report-discovered", today.minusDays(1).toString());
        clickAndLoad(By.id("report-find-standard"));
        assertThat(waitFor(By.id("report-enterprise-name")).getText()).contains(enterprise.name());
        new Select(browser.findElement(By.id("report-clause"))).selectByValue("");
        new Select(browser.findElement(By.id("report-channel"))).selectByValue("SUPERVISORY_INSPECTION");
        fill("report-location", "原料库");
        fill("report-description", "待办测试：消防通道堵塞");
        fill("report-source", "JC-" + UUID.randomUUID().toString().substring(0, 8));
        clickAndLoad(By.id("report-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("隐患已上报");
        String url = browser.getCurrentUrl();
        String hazard = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");

        open("/");
        assertThat(waitFor(By.cssSelector("#todo h2")).getText()).startsWith("待办事项");
        screenshot("12-home-todo");
        clickAndLoad(By.id("nav-todo"));
        By item = By.cssSelector("#todo-items a[href$='/hazards/" + hazard + "#move-plan']");
        assertThat(waitFor(item).getText()).contains("待制定整改方案").contains(enterprise.name());
        clickAndLoad(item);
        assertThat(browser.getCurrentUrl()).endsWith("/hazards/" + hazard + "#move-plan");
        waitFor(By.id("plan-form"));
        fill("plan-responsiblePerson", "王五");
        fill("plan-funds", "800");
        fill("plan-deadline", today.plusDays(15).toString());
        fill("plan-measures", "清理消防通道，设置禁停标识");
        fill("plan-contingencyPlan", "清理前专人值守");
        clickAndLoad(By.id("plan-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("整改方案已保存");

        clickAndLoad(By.id("nav-todo"));
        assertThat(text(By.cssSelector("h1"))).isEqualTo("待办事项");
        assertThat(browser.findElements(By.cssSelector("a[href*='/hazards/" + hazard + "#']"))).isEmpty();

        browser.manage().deleteAllCookies();
        signIn(manager);
        assertThat(browser.getCurrentUrl()).endsWith("/my-enterprise");
        assertThat(text(By.cssSelector("h1"))).isEqualTo(enterprise.name());
        By rectify = By.cssSelector("#todo a[href$='/hazards/" + hazard + "#move-rectification']");
        assertThat(waitFor(rectify).getText()).contains("待整改并提交整改材料");
        assertThat(text(By.id("open-hazard-" + hazard))).contains("待办测试：消防通道堵塞")
                .contains(today.plusDays(15).getYear() + "年" + today.plusDays(15).getMonthValue() + "月"
                        + today.plusDays(15).getDayOfMonth() + "日");
        screenshot("13-enterprise-home");
        clickAndLoad(rectify);
        waitFor(By.id("rectification-form"));
    }

    private void fill(String id, String value) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private Enterprise enterprise(String name, String jurisdiction) {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(), randomCreditCode(),
                new EnterpriseProfile(name, JurisdictionCode.of(jurisdiction), IndustryCode.of("HAZARDOUS_CHEMICALS"),
                        true, "测试路 9 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }

    private static UnifiedSocialCreditCode randomCreditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 6; i++) {
            code.append(random.nextInt(10));
        }
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        code.append(CODE_CHARACTERS.charAt(check == 31 ? 0 : check));
        return UnifiedSocialCreditCode.of(code.toString());
    }
}
