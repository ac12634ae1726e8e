package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.web.ui.BrowserTest;

/**
 * In a real Chromium, the committee office's home page loads the dashboard's panels and ECharts draws every chart on
 * a canvas with the figures of its series — the overdue, listed hazard of 阿克陶县 and the one of 阿图什市 among them
 * — while the browser's console reports no error (no script error, no refused resource, no content security policy
 * violation); the table behind a chart opens with one click. Akto's county officer sees the same dashboard page
 * drawn with its own county only.
 */
class DashboardBrowserTest extends BrowserTest {

    private static final List<String> CHARTS = List.of("trend", "targets", "stock", "overdue-listed", "ladder", "ledger",
            "punctuality", "enforcement", "training");

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RegisterHazard register;
    @Autowired
    SetRectificationPlan plan;
    @Autowired
    ListHazard list;
    @Autowired
    MutableClock clock;
    @Autowired
    RolePermissions permissions;

    @BeforeEach
    void twoOverdueHazards() {
        DashboardFixtures fixtures = new DashboardFixtures(enterprises, register, plan, list, clock, permissions);
        fixtures.overdueMajor(AKTO, "HAZARDOUS_CHEMICALS", true);
        fixtures.overdueMajor(ARTUX, "HAZARDOUS_CHEMICALS", false);
        consoleErrors();
    }

    @Test
    void the_home_page_of_the_committee_office_draws_every_chart_with_data_and_no_console_error() throws IOException {
        signIn(ADMIN);
        waitFor(By.id("dashboard"));
        awaitCharts();

        for (String chart : CHARTS) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + "-chart canvas"))).as(chart).isNotEmpty();
            assertThat(seriesLengths(chart)).as(chart).isNotEmpty().allSatisfy(length -> assertThat(length)
                    .isPositive());
        }
        assertThat(categories("stock")).contains("阿克陶县", "阿图什市");
        assertThat(total("overdue-listed")).isPositive();
        assertThat(categories("ledger")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(categories("trend")).hasSize(12);

        WebElement table = browser.findElement(By.id("stock-table"));
        assertThat(table.isDisplayed()).as("closed until asked for").isFalse();
        browser.findElement(By.cssSelector("#stock details summary")).click();
        assertThat(table.isDisplayed()).isTrue();
        assertThat(table.getText()).contains("阿克陶县", "阿图什市", "危险化学品", "合计");
        assertThat(RawCodes.inText(text(By.id("dashboard")))).isEmpty();

        assertThat(consoleErrors()).isEmpty();
        screenshot("60-dashboard");
    }

    @Test
    void a_county_officer_sees_the_dashboard_of_its_own_county_drawn_without_console_errors() {
        signIn(AKTO_OFFICER);
        open("/reporting/dashboard");
        awaitCharts();

        assertThat(text(By.id("dashboard-as-of"))).contains("本账号数据范围内的数据");
        assertThat(categories("stock")).containsExactly("阿克陶县");
        assertThat(categories("overdue-listed")).containsExactly("阿克陶县");
        assertThat(total("stock")).isPositive();
        assertThat(consoleErrors()).isEmpty();
    }

    /** Waits until ECharts has drawn every chart of the page. */
    private void awaitCharts() {
        waitUpTo(Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(script(
                "return typeof echarts !== 'undefined' && arguments[0].every(function (id) {"
                        + " var element = document.getElementById(id + '-chart');"
                        + " return element && echarts.getInstanceByDom(element) && element.querySelector('canvas'); })",
                CHARTS)));
    }

    /** How many values each series of the chart holds, as ECharts has it. */
    @SuppressWarnings("unchecked")
    private List<Long> seriesLengths(String chart) {
        return (List<Long>) script("return echarts.getInstanceByDom(document.getElementById(arguments[0] + '-chart'))"
                + ".getOption().series.map(function (s) { return s.data.length; })", chart);
    }

    /** The categories of the chart (its bars' names), as ECharts has them. */
    @SuppressWarnings("unchecked")
    private List<String> categories(String chart) {
        return (List<String>) script("var option = echarts.getInstanceByDom(document.getElementById(arguments[0]"
                + " + '-chart')).getOption(); var axis = option.yAxis[0].type === 'category' ? option.yAxis[0]"
                + " : option.xAxis[0]; return axis.data;", chart);
    }

    /** The sum of every value of every series of the chart. */
    private long total(String chart) {
        return ((Number) script("return echarts.getInstanceByDom(document.getElementById(arguments[0] + '-chart'))"
                + ".getOption().series.reduce(function (sum, s) { return sum + s.data.reduce(function (a, b) {"
                + " return a + b; }, 0); }, 0)", chart)).longValue();
    }
}
