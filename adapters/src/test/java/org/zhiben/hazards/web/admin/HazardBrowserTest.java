package org.zhiben.hazards.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The major-hazard pages in the browser: a major hazard of an Artux chemicals enterprise reported by the committee
 * office against a clause of CHEM-2017, its plan, the enterprise's rectification with a photo, a refused and then a
 * passed acceptance by an Artux officer, the write-off and the timeline; the overdue board and its escalation run,
 * the supervision list, the stock table; and an Akto officer who finds no Artux hazard.
 */
class HazardBrowserTest extends BrowserTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;

    @Test
    void a_major_hazard_goes_from_report_to_write_off_through_the_pages_and_its_timeline_shows_every_move()
            throws IOException {
        Enterprise enterprise = enterprise();
        String manager = "ui-ent-" + UUID.randomUUID().toString().substring(0, 6);
        create(manager, "企业安全管理员", RoleAssignment.enterpriseManager(enterprise.id().value()));
        String artuxOfficer = "ui-artux-" + UUID.randomUUID().toString().substring(0, 6);
        create(artuxOfficer, "阿图什市测试人员", RoleAssignment.ofJurisdiction(UnitCode.of("ARTUX_GOV"),
                JurisdictionCode.of("653001"), Role.COUNTY_OFFICER));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn(ADMIN);
        String hazard = report(enterprise, today.minusDays(3), "2", "两名特种作业人员未持证上岗");
        assertThat(text(By.id("hazard-clause"))).contains("CHEM-2017").contains("2");
        assertThat(text(By.cssSelector("h1"))).contains("重大隐患").contains("已判定");

        clickAndLoad(By.id("plan-submit"));
        assertThat(waitFor(By.id("plan-responsiblePerson-error")).getText()).contains("必填");
        screenshot("32-hazard-form-error");
        fill("plan-responsiblePerson", "王五");
        fill("plan-funds", "1200.50");
        fill("plan-deadline", today.plusDays(20).toString());
        fill("plan-measures", "安排两人参加特种作业培训并取证");
        fill("plan-contingencyPlan", "取证前由持证人员操作");
        clickAndLoad(By.id("plan-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("整改方案已保存");
        assertThat(text(By.id("plan"))).contains("王五").contains("1,200.50");

        signInAgain(manager);
        open("/hazards/" + hazard);
        rectify("两人已取证，附证书照片");

        signInAgain(artuxOfficer);
        open("/hazards/" + hazard);
        clickAndLoad(By.id("refusal-submit"));
        assertThat(waitFor(By.id("refusal-reason-error")).getText()).isNotBlank();
        fill("refusal-reason", "证书照片不清晰");
        clickAndLoad(By.id("refusal-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("已退回整改");

        signInAgain(manager);
        open("/hazards/" + hazard);
        rectify("补交清晰的证书照片");

        signInAgain(artuxOfficer);
        open("/hazards/" + hazard);
        fill("verification-reason", "现场核查合格");
        confirmAndLoad(By.id("verification-submit"));
        waitFor(By.cssSelector(".flash.success"));
        confirmAndLoad(By.id("writeOff-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("已销号");
        assertThat(text(By.cssSelector("h1"))).contains("已销号");
        assertThat(browser.findElements(By.cssSelector("#timeline .timeline-entry"))).hasSize(8);
        assertThat(text(By.id("timeline"))).contains("证书照片不清晰").contains("阿图什市测试人员").contains("企业安全管理员")
                .doesNotContain(artuxOfficer).doesNotContain(manager)
                .contains("已整改待验收 → 整改中");
        assertThat(browser.findElements(By.cssSelector("#evidence .evidence-files a:not(.thumbnail)"))).hasSize(2);
        // the two PNG photos of the evidence are shown as thumbnails, each linking to the photo
        assertThat(browser.findElements(By.cssSelector("#evidence .evidence-files a.thumbnail img"))).hasSize(2);
        screenshot("31-hazard-detail");

        signInAgain(AKTO_OFFICER);
        open("/hazards/" + hazard);
        assertThat(waitFor(By.id("error-404")).getText()).contains("页面不存在");
    }

    @Test
    void an_overdue_hazard_is_on_the_board_is_escalated_on_demand_and_once_listed_is_on_the_supervision_list()
            throws IOException {
        Enterprise enterprise = enterprise();
        signIn(ADMIN);
        // dated weeks before today, never in 2024, where the escalation API test moves the clock: the hazard is
        // reported, planned and listed 40 days ago (a deadline already past is refused), then overdue today
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String hazard;
        clock.setTo(today.minusDays(40).atTime(10, 0));
        try {
            hazard = report(enterprise, today.minusDays(40), "5", "储罐区可燃气体报警未投用");
            fill("plan-responsiblePerson", "赵六");
            fill("plan-funds", "5000");
            fill("plan-deadline", today.minusDays(20).toString());
            fill("plan-measures", "恢复报警系统");
            fill("plan-contingencyPlan", "人工巡检");
            clickAndLoad(By.id("plan-submit"));
            waitFor(By.cssSelector(".flash.success"));

            new Select(browser.findElement(By.id("listing-supervisingUnit"))).selectByValue("ACO");
            new Select(browser.findElement(By.id("listing-responsibleUnit"))).selectByValue("ARTUX_GOV");
            fill("listing-deadline", today.plusDays(30).toString());
            clickAndLoad(By.id("listing-submit"));
            assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("已挂牌督办");
        } finally {
            clock.reset();
        }

        open("/hazards/overdue");
        assertThat(waitFor(By.id("overdue-" + hazard)).getText()).contains(enterprise.name()).contains("函告");
        confirmAndLoad(By.id("run-escalation"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("升级督办已执行");
        // 20 days overdue: the run catches up with 函告 and 通报 at once; 约谈 falls due on day 30, still ahead
        assertThat(text(By.id("overdue-" + hazard))).contains("通报").contains("约谈")
                .contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).getDayOfMonth() + "日");
        screenshot("34-hazards-overdue");

        open("/hazards/supervision");
        assertThat(waitFor(By.id("supervision-table")).getText()).contains(enterprise.name()).contains("州级挂牌督办");
        screenshot("33-hazards-supervision");

        open("/hazards?jurisdiction=653001&level=MAJOR&overdue=true");
        assertThat(waitFor(By.id("hazard-table")).getText()).contains(enterprise.name());
        screenshot("30-hazards");

        open("/hazards/stock?month=" + today.minusDays(20).toString().substring(0, 7));
        assertThat(waitFor(By.id("stock-total")).getText()).contains("合计");
        assertThat(text(By.id("indicators"))).contains("2023年存量重大隐患");
        if (!today.isAfter(LocalDate.of(2026, 12, 31))) {
            // 2026年底前形成重大事故隐患动态清零的常态化机制: before 2026 has ended it is in progress, not met
            assertThat(text(By.id("indicator-dynamic"))).contains("进行中").doesNotContain("已达成");
        }
        screenshot("35-hazards-stock");
    }

    @Test
    @DisplayName("不可撤销的操作先确认: the dialog names what will happen; cancelling, by button or Escape, changes nothing")
    void cancelling_a_hazard_asks_first_and_cancelling_the_question_posts_nothing() {
        Enterprise enterprise = enterprise();
        signIn(ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String hazard = report(enterprise, today.minusDays(1), "2", "装卸区紧急切断阀被旁路");
        String version = text(By.id("hazard-version"));
        fill("cancellation-reason", "重复上报");

        browser.findElement(By.id("cancellation-submit")).click();
        WebElement dialog = waitFor(By.id("confirm-dialog"));
        assertThat(dialog.getText()).contains("确认撤销该隐患").contains("不能恢复");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("confirm-cancel");
        browser.findElement(By.id("confirm-cancel")).click();
        waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.getCurrentUrl()).endsWith("/hazards/" + hazard);
        assertThat(text(By.cssSelector("h1"))).contains("已判定");

        browser.findElement(By.id("cancellation-submit")).click();
        waitFor(By.id("confirm-dialog"));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        open("/hazards/" + hazard);
        assertThat(text(By.cssSelector("h1"))).contains("已判定");
        assertThat(text(By.id("hazard-version"))).isEqualTo(version);

        fill("cancellation-reason", "重复上报");
        confirmAndLoad(By.id("cancellation-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();
        assertThat(text(By.cssSelector("h1"))).contains("已撤销");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Reports a hazard of the enterprise through the page, citing a CHEM-2017 clause; returns its id. */
    private String report(Enterprise enterprise, LocalDate discoveredOn, String clause, String description) {
        open("/hazards/new");
        fill("report-enterprise", enterprise.creditCode().value());
        fill("report-discovered", discoveredOn.toString());
        clickAndLoad(By.id("report-find-standard"));
        assertThat(waitFor(By.id("report-standard")).getText()).contains("CHEM-2017");
        new Select(browser.findElement(By.id("report-clause"))).selectByValue("CHEM-2017|" + clause);
        new Select(browser.findElement(By.id("report-channel"))).selectByValue("SUPERVISORY_INSPECTION");
        fill("report-location", "二号罐区");
        fill("report-description", description);
        fill("report-source", "JC-" + UUID.randomUUID().toString().substring(0, 8));
        clickAndLoad(By.id("report-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("隐患已上报");
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    private void rectify(String evidence) throws IOException {
        Path photo = Files.createTempFile("certificate-", ".png");
        Files.write(photo, PNG);
        fill("rectification-evidence", evidence);
        browser.findElement(By.id("rectification-files")).sendKeys(photo.toAbsolutePath().toString());
        clickAndLoad(By.id("rectification-submit"));
        assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("整改情况已报送");
        Files.deleteIfExists(photo);
    }

    private void signInAgain(String username) {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    private void fill(String id, String value) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private Enterprise enterprise() {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(), randomCreditCode(),
                new EnterpriseProfile("界面测试化工" + org.zhiben.platform.testing.TestNames.letters(),
                        JurisdictionCode.of("653001"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿图什市测试路 8 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
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
