package org.zhiben.training.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.training.ExamResult;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingFixtures;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.storage.TrainingRecords;

/**
 * In a real Chromium, Akto's county officer opens the 2024 focus group "矿山、燃气企业主要负责人" from the list of focus
 * groups: the page draws the coverage by jurisdiction as an accessible chart (an image with a title and a description
 * that says every figure) over the table behind it, and lists the mine whose principal is not yet trained, not the
 * one whose principal passed in 2024 (on 29 February).
 */
class FocusGroupBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    TrainingRecords records;

    @Test
    void the_coverage_of_a_focus_group_shows_its_chart_the_table_behind_it_and_the_untrained() {
        Enterprise trained = TrainingFixtures.enterprise(enterprises, "覆盖测试矿业", "653022", "MINES", true);
        Enterprise untrained = TrainingFixtures.enterprise(enterprises, "覆盖测试燃气", "653022", "URBAN_GAS", false);
        records.save(TrainingRecord.ofEnterprise(TrainingRecordId.newId(), new TrainingRecord.Details(
                        Trainee.of("马矿长", "2024"), TraineeRole.PRINCIPAL, "矿山企业主要负责人集中培训", "自治区党委党校",
                        LocalDate.of(2024, 2, 27), LocalDate.of(2024, 2, 29), 24, ExamResult.PASSED, "KS-2024-0229"),
                trained.id().value(), trained.jurisdiction(), trained.industry(), true, LocalDate.of(2024, 2, 29),
                Instant.parse("2024-02-29T10:00:00Z"), "browser-test"));

        signIn(AKTO_OFFICER);
        open("/training/focus-groups");
        waitFor(By.id("focus-table"));
        assertThat(text(By.id("focus-table"))).contains("2024年", "矿山、燃气企业主要负责人", "二级三级医院消防安全责任人",
                "大型商业综合体消防安全责任人");
        clickAndLoad(By.id("focus-2024-mine-gas-principals"));

        waitFor(By.id("coverage-chart"));
        assertThat(text(By.id("coverage-title"))).isEqualTo("矿山、燃气企业主要负责人：2024年培训覆盖情况");
        WebElement chart = browser.findElement(By.cssSelector("#coverage-chart svg"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("coverage-chart-title coverage-chart-desc");
        assertThat(text(By.id("coverage-chart-title"))).isEqualTo("矿山、燃气企业主要负责人：2024年各属地培训覆盖率");
        String description = browser.findElement(By.id("coverage-chart-desc")).getAttribute("textContent");
        assertThat(description).contains("阿克陶县已培训").contains("应培训");
        List<String> bars = browser.findElements(By.cssSelector("#coverage-chart .bar-label")).stream()
                .map(label -> label.getAttribute("textContent")).toList();
        assertThat(bars).containsExactly("阿克陶县");
        assertThat(browser.findElements(By.cssSelector("#coverage-chart rect.bar-done"))).hasSize(1);

        String table = text(By.id("coverage-table"));
        assertThat(table).contains("阿克陶县", "合计");
        String untrainedList = text(By.id("untrained-table"));
        assertThat(untrainedList).contains(untrained.name()).doesNotContain(trained.name());
        assertThat(RawCodes.inText(browser.findElement(By.tagName("body")).getText())).isEmpty();
    }
}
