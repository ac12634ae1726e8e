package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The pages as four people work with them, at the desktop and at a tablet's width: a county officer of Artux reports a
 * major hazard of a chemicals enterprise and sets its plan, the enterprise's safety manager rectifies it, the officer
 * may not accept what he reported himself (his to-do list does not ask him, the page refuses him) so a second officer
 * does, the committee office writes it off, and the auditor reads the trail. The officer picks the enterprise by part
 * of its name. Along the way: every page shows names, no raw code (a credit code, a hazard number and a
 * standard's code such as CHEM-2017 are what people read); each person's to-do list shows the item that just arose for
 * them and loses it once they have acted; an irreversible step asks first in a confirmation dialog.
 */
class FourRoleTourTest extends BrowserTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    /** A word people read as such: JPEG, a file type named in the upload hint. */
    private static final String[] DOCUMENT_CODES = {"JPEG"};
    /**
     * A determination standard's code is a document's name people quote (CHEM-2017, METAL-MINES-2022, like GB 30871);
     * the trail shows whichever standards the other tests imported.
     */
    private static final Pattern STANDARD_CODE = Pattern.compile("(?<![A-Za-z0-9-])[A-Z]+(?:-[A-Z]+)*-\\d{4}(?!\\d)");
    /**
     * Login names (ui-admin-3f9c21, inspector-li-940997) are names people chose, shown beside the display name on the
     * accounts page and in the trail; the accounts other tests made may end in six random hex digits.
     */
    private static final Pattern LOGIN_NAME = Pattern.compile("(?<![A-Za-z0-9])[a-z][a-z0-9]*(?:-[a-z0-9]+)+");

    @Autowired
    EnterpriseStore enterprises;

    /** The raw codes found, by person and page. */
    private final Map<String, List<String>> rawCodes = new LinkedHashMap<>();
    private String width;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 900", "tablet, 800, 1100"})
    void four_people_take_a_major_hazard_from_report_to_write_off(String width, int x, int y) throws IOException {
        this.width = width;
        rawCodes.clear();
        String run = letters();
        Enterprise enterprise = enterprise();
        String name = enterprise.name();
        String manager = "tour-ent-" + run;
        String reporter = "tour-artux-a-" + run;
        String secondOfficer = "tour-artux-b-" + run;
        create(manager, "企业安全员" + run, RoleAssignment.enterpriseManager(enterprise.id().value()));
        create(reporter, "阿图什市甲" + run, RoleAssignment.ofJurisdiction(UnitCode.of("ARTUX_GOV"),
                JurisdictionCode.of("653001"), Role.COUNTY_OFFICER));
        create(secondOfficer, "阿图什市乙" + run, RoleAssignment.ofJurisdiction(UnitCode.of("ARTUX_GOV"),
                JurisdictionCode.of("653001"), Role.COUNTY_OFFICER));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        browser.manage().window().setSize(new Dimension(x, y));

        // the county officer reports the hazard and sets its plan
        as(reporter);
        visit("county officer", "/", "/hazards", "/enterprises", "/inbox", "/todo");
        String hazard = report(enterprise, today.minusDays(2));
        visit("county officer", "/hazards/" + hazard);
        waits("待制定整改方案", name);
        open("/hazards/" + hazard);
        fill("plan-responsiblePerson", "王五");
        fill("plan-funds", "3000");
        fill("plan-deadline", today.plusDays(20).toString());
        fill("plan-measures", "更换失效的安全阀并送检");
        fill("plan-contingencyPlan", "送检期间停用该储罐");
        clickAndLoad(By.id("plan-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();
        gone("待制定整改方案", name);

        // the enterprise's safety manager rectifies it
        as(manager);
        visit("enterprise manager", "/");
        waits("待整改并提交整改材料", name);
        open("/hazards/" + hazard);
        visit("enterprise manager", "/hazards/" + hazard);
        rectify("安全阀已更换并校验合格，附校验报告");
        gone("待整改并提交整改材料", name);

        // the reporter may not accept his own hazard: his to-do list does not ask him, the page refuses him
        as(reporter);
        gone("待验收", name);
        open("/hazards/" + hazard);
        fill("verification-reason", "现场核查合格");
        confirmAndLoad(By.id("verification-submit"));
        assertThat(waitFor(By.cssSelector(".flash.error, .form-errors")).getText())
                .contains("职责分离").contains("报告人");
        assertThat(text(By.cssSelector("h1"))).contains("已整改待验收");
        visit("county officer", "/hazards/" + hazard);

        as(secondOfficer);
        waits("待验收", name);
        open("/hazards/" + hazard);
        fill("verification-reason", "现场核查合格");
        browser.findElement(By.id("verification-submit")).click();
        WebElement dialog = waitFor(By.id("confirm-dialog"));
        assertThat(dialog.getText()).as("an acceptance asks first").isNotBlank();
        clickAndLoad(By.id("confirm-ok"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();
        gone("待验收", name);
        waits("待销号", name);

        // the committee office writes it off, after cancelling the question once
        as(ADMIN);
        visit("committee office", "/", "/todo", "/hazards", "/enterprises", "/enterprises/" + enterprise.id().value(),
                "/campaign/tasks", "/campaign/tasks/1", "/hazards/stock", "/hazards/supervision", "/hazards/overdue",
                "/admin/users", "/admin/api-clients", "/inbox");
        waits("待销号", name);
        open("/hazards/" + hazard);
        browser.findElement(By.id("writeOff-submit")).click();
        assertThat(waitFor(By.id("confirm-dialog")).getText()).contains("销号");
        browser.findElement(By.id("confirm-cancel")).click();
        waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(text(By.cssSelector("h1"))).contains("已验收");
        confirmAndLoad(By.id("writeOff-submit"));
        assertThat(text(By.cssSelector("h1"))).contains("已销号");
        visit("committee office", "/hazards/" + hazard);
        assertThat(text(By.id("timeline"))).contains("阿图什市甲" + run).contains("阿图什市乙" + run)
                .contains("企业安全员" + run).doesNotContain(reporter).doesNotContain(manager);
        gone("待销号", name);
        if ("desktop".equals(width)) {
            open("/hazards/" + hazard);
            screenshot("38-tour-written-off");
        }

        // the auditor reads the trail of the hazard
        as(AUDITOR);
        visit("auditor", "/", "/audit", "/audit?entityId=" + hazard, "/hazards/" + hazard);
        open("/audit?entityId=" + hazard);
        assertThat(text(By.id("audit-entries"))).contains("阿图什市甲" + run).contains("阿图什市乙" + run)
                .contains("企业安全员" + run).doesNotContain(reporter);

        rawCodes.values().removeIf(List::isEmpty);
        assertThat(rawCodes).as("raw codes in the visible text, by person and page (%s)", width).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void as(String username) {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    /** Opens the pages and records the raw codes of their visible text. */
    private void visit(String person, String... paths) {
        for (String path : paths) {
            open(path);
            waitFor(By.id("main"));
            String visible = LOGIN_NAME.matcher(STANDARD_CODE.matcher(browser.findElement(By.tagName("body")).getText())
                    .replaceAll(" ")).replaceAll(" ");
            rawCodes.put(width + " · " + person + " · " + path, RawCodes.inText(visible, DOCUMENT_CODES));
        }
    }

    /** The items of the signed-in person's to-do list, as read. */
    private List<String> toDoItems() {
        open("/todo");
        waitFor(By.id("main"));
        return browser.findElements(By.cssSelector("#todo-items .todo-item")).stream().map(WebElement::getText)
                .toList();
    }

    /** The signed-in person's to-do list holds an item of this kind about the enterprise. */
    private void waits(String kind, String enterprise) {
        assertThat(toDoItems()).as("to-do list (%s) waits: %s %s", width, kind, enterprise)
                .anySatisfy(item -> assertThat(item).contains(kind).contains(enterprise));
    }

    /** The signed-in person's to-do list holds no item of this kind about the enterprise any more. */
    private void gone(String kind, String enterprise) {
        assertThat(toDoItems()).as("to-do list (%s) cleared: %s %s", width, kind, enterprise)
                .noneSatisfy(item -> assertThat(item).contains(kind).contains(enterprise));
    }

    private String report(Enterprise enterprise, LocalDate discoveredOn) {
        open("/hazards/new");
        visit("county officer", "/hazards/new");
        // the enterprise picker finds the company by part of its name
        String part = enterprise.name().substring(2, 8);
        WebElement picker = waitFor(By.id("report-enterprise"));
        picker.sendKeys(part);
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#report-enterprise-options [role=option]")));
        WebElement option = browser.findElements(By.cssSelector("#report-enterprise-options [role=option]")).stream()
                .filter(o -> o.getText().contains(enterprise.name())).findFirst()
                .orElseThrow(() -> new AssertionError("the picker does not offer " + enterprise.name() + " for " + part));
        option.click();
        assertThat(browser.findElement(By.id("report-enterprise-value")).getAttribute("value"))
                .isEqualTo(enterprise.creditCode().value());
        fill("report-discovered", discoveredOn.toString());
        clickAndLoad(By.id("report-find-standard"));
        waitFor(By.id("report-standard"));
        new Select(browser.findElement(By.id("report-clause"))).selectByValue("CHEM-2017|2");
        new Select(browser.findElement(By.id("report-channel"))).selectByValue("SUPERVISORY_INSPECTION");
        fill("report-location", "三号储罐");
        fill("report-description", "储罐安全阀校验过期");
        fill("report-source", "JC-" + UUID.randomUUID().toString().substring(0, 8));
        clickAndLoad(By.id("report-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("隐患已上报");
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    private void rectify(String evidence) throws IOException {
        Path report = Files.createTempFile("calibration-", ".png");
        Files.write(report, PNG);
        fill("rectification-evidence", evidence);
        browser.findElement(By.id("rectification-files")).sendKeys(report.toAbsolutePath().toString());
        clickAndLoad(By.id("rectification-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("整改情况已报送");
        Files.deleteIfExists(report);
    }

    /** Six random lower-case letters: a suffix that can never read as a six-digit code. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private void fill(String id, String value) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private Enterprise enterprise() {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("克州巡检化工" + letters() + "有限公司",
                        JurisdictionCode.of("653001"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿图什市巡检路 3 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }
}
