package org.zhiben.enterprises.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.identity.RolePermissions;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.EnterpriseDetails;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

class EnterpriseBrowserTest extends BrowserTest {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The Chinese headings of the import sheet, as a user types them. */
    private static final List<String> HEADINGS = List.of("统一社会信用代码", "企业名称", "属地", "行业", "地址",
            "主要负责人", "主要负责人电话", "主要负责人邮箱", "实际控制人", "实际控制人电话", "实际控制人邮箱", "安全生产标准化等级",
            "状态", "医院等级", "重点文物保护单位", "大型商业综合体", "消防安全责任人", "消防安全责任人电话");

    /** The headings of a sheet made before the e-mail columns existed: such a sheet still imports. */
    private static final List<String> HEADINGS_WITHOUT_EMAIL = HEADINGS.stream()
            .filter(heading -> !heading.endsWith("邮箱")).toList();

    @Autowired
    RegisterEnterprise registerEnterprise;

    @Autowired
    Transactions transactions;
    @Autowired
    RolePermissions rolePermissions;

    @Test
    void the_committee_office_registers_an_enterprise_after_a_wrong_credit_code_and_edits_it() throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.id("nav-enterprises"));
        waitFor(By.id("enterprise-filter"));
        assertThat(text(By.tagName("h1"))).isEqualTo("企业名录");

        clickAndLoad(By.id("new-enterprise"));
        waitFor(By.id("enterprise-form"));
        String code = creditCode();
        String name = "克州浏览器测试化工有限公司" + token();
        browser.findElement(By.id("creditCode")).sendKeys(wrongCheckCharacter(code));
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("653001");
        new Select(browser.findElement(By.id("industry"))).selectByValue("HAZARDOUS_CHEMICALS");
        browser.findElement(By.id("address")).sendKeys("阿图什市工业园区幸福路8号");
        browser.findElement(By.id("principalName")).sendKeys("王建国");
        browser.findElement(By.id("principalPhone")).sendKeys("13812345678");
        browser.findElement(By.id("principalEmail")).sendKeys("wang.jg@");
        browser.findElement(By.id("controllerName")).sendKeys("李明");
        browser.findElement(By.id("controllerPhone")).sendKeys("0908-4221234");
        new Select(browser.findElement(By.id("standardisationGrade"))).selectByValue("LEVEL_2");
        clickAndLoad(By.id("enterprise-submit"));

        assertThat(waitFor(By.id("creditCode-error")).getText()).isEqualTo("统一社会信用代码校验码不正确");
        assertThat(value("creditCode")).isEqualTo(wrongCheckCharacter(code));
        assertThat(value("name")).isEqualTo(name);
        assertThat(value("principalPhone")).isEqualTo("13812345678");
        assertThat(text(By.id("principalEmail-error"))).startsWith("电子邮箱地址格式不正确");
        assertThat(value("principalEmail")).isEqualTo("wang.jg@");
        assertThat(browser.findElements(By.id("controllerEmail-error"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("standardisationGrade"))).getFirstSelectedOption()
                .getText()).isEqualTo("二级");
        assertThat(browser.findElements(By.id("name-error"))).isEmpty();
        screenshot("21-enterprise-form-error");

        browser.findElement(By.id("creditCode")).clear();
        browser.findElement(By.id("creditCode")).sendKeys(code);
        browser.findElement(By.id("principalEmail")).clear();
        browser.findElement(By.id("principalEmail")).sendKeys("Wang.JG@Example.CN");
        clickAndLoad(By.id("enterprise-submit"));

        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isEqualTo("企业已登记。");
        assertThat(text(By.id("enterprise-name"))).isEqualTo(name);
        assertThat(text(By.id("enterprise-credit-code"))).isEqualTo(code);
        assertThat(text(By.id("enterprise-principal"))).isEqualTo("王建国 13812345678 Wang.JG@example.cn");
        assertThat(text(By.id("enterprise-controller"))).isEqualTo("李明 0908-4221234");
        assertThat(text(By.id("enterprise-grade"))).isEqualTo("二级");
        assertThat(text(By.id("enterprise-version"))).isEqualTo("0");

        clickAndLoad(By.id("edit-enterprise"));
        waitFor(By.id("enterprise-form"));
        assertThat(browser.findElement(By.id("creditCode")).getAttribute("readonly")).isNotNull();
        new Select(browser.findElement(By.id("status"))).selectByValue("SUSPENDED");
        browser.findElement(By.id("principalPhone")).clear();
        browser.findElement(By.id("principalPhone")).sendKeys("13987654321");
        clickAndLoad(By.id("enterprise-submit"));

        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isEqualTo("企业信息已保存。");
        assertThat(text(By.id("enterprise-status"))).isEqualTo("停产整顿");
        assertThat(text(By.id("enterprise-principal"))).isEqualTo("王建国 13987654321 Wang.JG@example.cn");
        assertThat(text(By.id("enterprise-version"))).isEqualTo("1");

        open("/enterprises?q=" + name.substring(name.length() - 8));
        WebElement row = waitFor(By.id("enterprise-" + code));
        assertThat(row.getText()).contains(name).contains("139****4321").contains("090****1234")
                .doesNotContain("13987654321").contains("停产整顿");
        assertThat(text(By.id("enterprise-count"))).isEqualTo("共 1 家企业");
    }

    @Test
    void saving_over_a_change_made_by_someone_else_is_refused_with_a_reload_link() {
        Enterprise enterprise = register("653001", "克州并发测试企业" + token());
        signIn(ADMIN);
        open("/enterprises/" + enterprise.id().value() + "/edit");
        waitFor(By.id("enterprise-form"));
        browser.findElement(By.id("address")).clear();
        browser.findElement(By.id("address")).sendKeys("第一次修改的地址");
        clickAndLoad(By.id("enterprise-submit"));
        waitFor(By.cssSelector(".flash.success"));

        open("/enterprises/" + enterprise.id().value() + "/edit");
        waitFor(By.id("enterprise-form"));
        script("document.getElementById('version').value = '0'");
        browser.findElement(By.id("address")).clear();
        browser.findElement(By.id("address")).sendKeys("基于旧版本的修改");
        clickAndLoad(By.id("enterprise-submit"));

        assertThat(waitFor(By.id("form-errors")).getText()).contains("该企业已被他人修改，您的修改未保存");
        assertThat(value("address")).isEqualTo("基于旧版本的修改");
        clickAndLoad(By.id("reload"));
        waitFor(By.id("enterprise-form"));
        assertThat(value("address")).isEqualTo("第一次修改的地址");
        assertThat(value("version")).isEqualTo("1");
    }

    @Test
    void an_import_with_one_bad_row_stores_the_good_one_and_reports_the_bad_one_by_line() throws Exception {
        String good = creditCode();
        String bad = wrongCheckCharacter(creditCode());
        String token = token();
        Path folder = Files.createTempDirectory("enterprise-import-");
        Path csv = folder.resolve("企业名录.csv");
        Files.writeString(csv, String.join(",", HEADINGS_WITHOUT_EMAIL) + "\n"
                + good + ",克州导入测试企业" + token + ",653001,HAZARDOUS_CHEMICALS,阿图什市光明路1号,张伟,13811112222,"
                + "赵强,13933334444,三级,生产经营\n"
                + bad + ",克州错误代码企业" + token + ",653001,HAZARDOUS_CHEMICALS,阿图什市光明路2号,刘洋,13855556666,"
                + "陈静,13977778888,,\n", StandardCharsets.UTF_8);
        signIn(ADMIN);
        open("/enterprises");
        clickAndLoad(By.id("import-enterprises"));
        waitFor(By.id("import-form"));
        assertThat(text(By.id("import-headings"))).startsWith("统一社会信用代码、企业名称、属地、行业");
        assertThat(browser.findElement(By.id("download-template")).getAttribute("href"))
                .endsWith("/enterprises/import/template.csv");
        Object template = script("return fetch('/enterprises/import/template.csv').then(r => r.text())");
        assertThat(template.toString().lines().toList()).hasSize(2).first().isEqualTo(String.join(",", HEADINGS));

        browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        clickAndLoad(By.id("import-submit"));

        waitFor(By.id("import-report"));
        assertThat(text(By.id("count-created"))).isEqualTo("1");
        assertThat(text(By.id("count-rejected"))).isEqualTo("1");
        var cells = browser.findElements(By.cssSelector("#import-errors tbody tr td"));
        assertThat(cells).extracting(WebElement::getText)
                .containsExactly("3", "统一社会信用代码", "统一社会信用代码校验码不正确");
        screenshot("22-enterprise-import");

        open("/enterprises?q=" + token);
        waitFor(By.id("enterprise-" + good));
        assertThat(text(By.id("enterprise-count"))).isEqualTo("共 1 家企业");
        Files.delete(csv);
        Files.delete(folder);
    }

    @Test
    void an_akto_officer_neither_finds_nor_opens_an_artux_enterprise() throws Exception {
        String token = token();
        Enterprise artux = register("653001", "阿图什市范围测试企业" + token);
        register("653001", "阿图什市范围测试企业乙" + token);
        register("653022", "阿克陶县范围测试企业" + token);

        signIn(ADMIN);
        open("/enterprises?q=" + token);
        assertThat(waitFor(By.id("enterprise-count")).getText()).isEqualTo("共 3 家企业");
        screenshot("20-enterprises");

        signOutAndSignIn(AKTO_OFFICER);
        open("/enterprises?q=" + token);
        assertThat(waitFor(By.id("enterprise-count")).getText()).isEqualTo("共 1 家企业");
        assertThat(text(By.id("enterprise-table"))).contains("阿克陶县范围测试企业").doesNotContain("阿图什市");

        open("/enterprises/" + artux.id().value());
        assertThat(waitFor(By.id("error-404")).getText()).contains("页面不存在");
        open("/enterprises/" + artux.id().value() + "/edit");
        assertThat(waitFor(By.id("error-404")).getText()).contains("页面不存在");
    }

    @Test
    void an_auditor_reads_the_register_in_both_languages_but_may_not_open_the_forms() {
        signIn(AUDITOR);
        open("/enterprises");
        waitFor(By.id("enterprise-filter"));
        assertThat(browser.findElements(By.id("new-enterprise"))).isEmpty();
        clickAndLoad(By.id("lang-en"));
        waitUntilUrlContains("lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Enterprise register");
        assertThat(text(By.cssSelector("#enterprise-table thead"))).contains("Unified social credit code");
        open("/enterprises/new?lang=zh-CN");
        waitFor(By.id("error-403"));
        open("/enterprises/import");
        waitFor(By.id("error-403"));
    }

    private void signOutAndSignIn(String username) {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    private Enterprise register(String jurisdiction, String name) {
        EnterpriseDetails details = new EnterpriseDetails(name, JurisdictionCode.of(jurisdiction),
                IndustryCode.of("HAZARDOUS_CHEMICALS"), "测试地址", new Person("周测试", "13800001111"),
                new Person("吴测试", "13800002222"), null, null);
        return TestCallers.asCommitteeAdmin(rolePermissions, () -> transactions.write(() -> registerEnterprise
                .register(new RegisterEnterpriseCommand(UnifiedSocialCreditCode.of(creditCode()), details))));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new random valid unified social credit code (GB 32100-2015), registered in Kizilsu. */
    private static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder("91653001");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return first17.toString() + CHARACTERS.charAt(check == 31 ? 0 : check);
    }

    private static String wrongCheckCharacter(String valid) {
        char check = valid.charAt(17);
        return valid.substring(0, 17) + CHARACTERS.charAt((CHARACTERS.indexOf(check) + 1) % CHARACTERS.length());
    }
}
