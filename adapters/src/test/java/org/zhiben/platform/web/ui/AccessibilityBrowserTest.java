package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.UnitCode;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.Role;

/**
 * The main pages pass axe-core's WCAG 2.1 A/AA checks and best practices with no serious or critical violation, signed
 * out (the login page) and as the committee office (every other page), on the desktop and on a tablet; and the small
 * things a keyboard user meets: no invisible tab stop, required fields marked.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    ReceiveTipOff receiveTipOff;
    @Autowired
    RolePermissions rolePermissions;

    private Enterprise enterprise;

    @BeforeAll
    void anEnterprise() {
        enterprise = enterprises.save(Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("无障碍测试化工" + org.zhiben.platform.testing.TestNames.letters(),
                        JurisdictionCode.of("653001"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿图什市测试路 9 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }

    /** A tip-off about the enterprise, received by the committee office (for its page). */
    private String tipOff() {
        return TestCallers.asCommitteeAdmin(rolePermissions, () -> receiveTipOff.execute(
                new ReceiveTipOff.Command(TipOffChannel.HOTLINE, "储罐区液位计长期不报警", enterprise.id().value(), null,
                        null, null, true))).id().toString();
    }

    @Test
    void the_main_pages_have_no_serious_or_critical_accessibility_violation() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        open("/login");
        found.put("/login", Axe.seriousOrCritical(browser));
        browser.findElement(By.id("username")).sendKeys("nobody-" + RUN);
        browser.findElement(By.id("password")).sendKeys("wrong");
        clickAndLoad(By.id("login-submit"));
        found.put("/login?error", Axe.seriousOrCritical(browser));

        signIn(ADMIN);
        String hazard = reportedHazard();
        for (String page : List.of("/", "/hazards", "/hazards/" + hazard, "/hazards/new", "/enterprises",
                "/enterprises/" + enterprise.id().value(), "/campaign/tasks", "/campaign/tasks/1", "/audit",
                "/admin/users", "/admin/users/new", "/admin/api-clients", "/admin/api-clients/new", "/inbox",
                "/hazards/stock", "/password", "/todo", "/hazards/supervision", "/hazards/overdue",
                "/public/enforcement/decisions", "/training/records", "/training/records/new",
                "/training/focus-groups", "/training/focus-groups/2024-mine-gas-principals",
                "/training/reexaminations", "/training/misconduct", "/training/certificates",
                "/training/certificates/new",
                "/enforcement/tip-offs", "/enforcement/tip-offs/new",
                "/enforcement/tip-offs/" + tipOff(), "/enforcement/typical-cases",
                "/public/enforcement/typical-cases", "/enforcement/statistics", "/enforcement/rules",
                "/principal-checks", "/principal-checks/enterprises/" + enterprise.id().value(),
                "/principal-checks/new?enterpriseId=" + enterprise.id().value(), "/enforcement/cases",
                "/enforcement/listings", "/reporting/dashboard")) {
            open(page);
            waitFor(By.id("main"));
            found.put(page, Axe.seriousOrCritical(browser));
        }
        String inspection = recordedInspection();
        for (String page : List.of("/enforcement", "/enforcement/inspections", "/enforcement/inspections/new",
                "/enforcement/inspections/review-list", "/enforcement/inspections/" + inspection)) {
            open(page);
            waitFor(By.id("main"));
            found.put(page, Axe.seriousOrCritical(browser));
            // standard codes such as CHEM-2017 are what users read and cite
            assertThat(RawCodes.inText(browser.findElement(By.id("main")).getText()
                    .replaceAll("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+", " "))).as(page).isEmpty();
        }
        // a penalty case opened on the hazard: the form, and the case with the task-24 proposal and its step forms
        open("/enforcement/cases/new?originKind=HAZARD&originReference=" + hazard + "&creditCode="
                + enterprise.creditCode().value());
        waitFor(By.id("case-form"));
        found.put("/enforcement/cases/new", Axe.seriousOrCritical(browser));
        fill("case-violation", "未采取措施消除重大事故隐患");
        clickAndLoad(By.id("case-submit"));
        waitFor(By.id("case-facts"));
        found.put("/enforcement/cases/{id}", Axe.seriousOrCritical(browser));
        browser.manage().window().setSize(new Dimension(800, 1000));
        for (String page : List.of("/", "/hazards/" + hazard, "/campaign/tasks")) {
            open(page);
            waitFor(By.id("main"));
            found.put(page + " (tablet)", Axe.seriousOrCritical(browser));
        }

        found.values().removeIf(List::isEmpty);
        assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }

    @Test
    void axe_finds_what_it_should_on_a_page_that_breaks_the_rules() {
        signIn(ADMIN);
        open("/");
        script("const img = document.createElement('img'); img.src = '/images/favicon-32.png';"
                + "document.getElementById('main').appendChild(img);");

        assertThat(Axe.seriousOrCritical(browser)).extracting(Axe.Violation::rule).contains("image-alt");
    }

    @Test
    void on_the_desktop_the_menu_toggle_is_no_tab_stop_and_on_a_tablet_it_opens_the_menu() {
        signIn(ADMIN);
        open("/");
        List<String> stops = tabStops(8);
        assertThat(stops).as("first tab stops on the desktop").doesNotContain("nav-toggle")
                .allSatisfy(stop -> assertThat(stop).isNotBlank());

        browser.manage().window().setSize(new Dimension(800, 1000));
        open("/");
        assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        assertThat(tabStops(12)).contains("nav-toggle");
        browser.findElement(By.id("nav-toggle-label")).click();
        assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isTrue();
    }

    @Test
    void required_fields_carry_a_visible_asterisk_and_aria_required_and_the_form_explains_the_mark() {
        signIn(ADMIN);
        for (String page : List.of("/hazards/new", "/enterprises/new", "/admin/users/new", "/admin/api-clients/new",
                "/campaign/tasks/1", "/training/records/new",
                "/enforcement/tip-offs/new")) {
            open(page);
            List<WebElement> required = browser.findElements(By.cssSelector(".field [aria-required=true]"));
            assertThat(required).as("required fields on %s", page).isNotEmpty();
            for (WebElement field : required) {
                WebElement label = browser.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']"));
                assertThat(script("return getComputedStyle(arguments[0], '::after').content", label))
                        .as("asterisk after the label of %s on %s", field.getAttribute("id"), page)
                        .isEqualTo("\"*\"");
            }
            assertThat(text(By.cssSelector(".required-legend"))).isEqualTo("标 * 的为必填项。");
        }
        open("/hazards/new");
        WebElement location = browser.findElement(By.id("report-location"));
        assertThat(location.getAttribute("aria-required")).isEqualTo("true");
        WebElement optional = browser.findElement(By.cssSelector("label[for='report-clause']"));
        assertThat(script("return getComputedStyle(arguments[0], '::after').content", optional)).isEqualTo("none");
    }

    /** The ids (or texts) of the first tab stops from the top of the page, freshly loaded. */
    private List<String> tabStops(int count) {
        browser.navigate().refresh();
        waitFor(By.id("main"));
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            String id = focused.getAttribute("id");
            stops.add(id != null && !id.isBlank() ? id : focused.getTagName() + ":" + focused.getText());
        }
        return stops;
    }

    private String reportedHazard() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        open("/hazards/new");
        fill("report-enterprise", enterprise.creditCode().value());
        fill("report-discovered", today.minusDays(2).toString());
        new Select(browser.findElement(By.id("report-channel"))).selectByValue("SUPERVISORY_INSPECTION");
        fill("report-location", "一号罐区");
        fill("report-description", "安全阀校验过期");
        fill("report-source", "AX-" + UUID.randomUUID().toString().substring(0, 8));
        clickAndLoad(By.id("report-submit"));
        waitFor(By.cssSelector(".flash.success"));
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    /** An inspection of the enterprise recorded through its page by the committee office and a colleague. */
    private String recordedInspection() {
        String colleague = "ui-aco-" + RUN;
        create(colleague, "安委办测试检查人员", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));
        open("/enforcement/inspections/new");
        fill("inspection-enterprise", enterprise.creditCode().value());
        WebElement second = browser.findElement(By.id("inspector-" + colleague));
        script("arguments[0].scrollIntoView({block: 'center'})", second);
        second.click();
        clickAndLoad(By.id("inspection-submit"));
        waitFor(By.cssSelector(".flash.success"));
        return browser.getCurrentUrl().replaceAll("[?#].*", "").replaceAll(".*/", "");
    }

    private void fill(String id, String value) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }
}
