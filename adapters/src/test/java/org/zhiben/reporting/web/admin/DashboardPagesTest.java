package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * The dashboard within each caller's data scope: the committee office sees the whole prefecture, a county officer of
 * 乌恰县 (653024) only its own county — the same figures for it as the committee office sees for that county — and
 * each chart carries the figures of the table behind it, with names, never codes. The home page of a user who reads
 * reports loads the dashboard's panels into itself; a user who does not read reports neither gets the dashboard nor
 * its place on the home page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPagesTest {

    private static final String WUQIA = "653024";

    @Autowired
    MockMvcTester mvc;
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

    DashboardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new DashboardFixtures(enterprises, register, plan, list, clock, permissions);
    }

    @Test
    void the_committee_office_sees_the_prefecture_and_a_county_officer_only_its_county() {
        RequestPostProcessor committee = TestCallers.committeeAdmin();
        RequestPostProcessor wuqiaOfficer = TestCallers.countyOfficer(WUQIA);
        fixtures.overdueMajor(ARTUX, "HAZARDOUS_CHEMICALS", false);
        fixtures.overdueMajor(WUQIA, "HAZARDOUS_CHEMICALS", false);
        List<Long> before = figures(table(page("/reporting/dashboard", wuqiaOfficer), "overdue-listed-table"), "乌恰县");
        long notEscalatedBefore = figures(table(page("/reporting/dashboard", wuqiaOfficer), "ladder-table"),
                "逾期未督办").get(0);

        fixtures.overdueMajor(WUQIA, "HAZARDOUS_CHEMICALS", true);

        String county = page("/reporting/dashboard", wuqiaOfficer);
        assertThat(county).contains("本账号数据范围内的数据");
        assertThat(table(county, "stock-table")).contains("乌恰县", "危险化学品").doesNotContain("阿图什市");
        List<Long> after = figures(table(county, "overdue-listed-table"), "乌恰县");
        assertThat(after).as("in stock, overdue, listed").containsExactly(before.get(0) + 1, before.get(1) + 1,
                before.get(2) + 1);
        assertThat(figures(table(county, "ladder-table"), "逾期未督办")).containsExactly(notEscalatedBefore + 1);
        assertThat(rows(table(county, "punctuality-table"))).as("the county's own reporting unit only").isEqualTo(1);
        assertThat(chart(county, "overdue-listed")).contains("\"乌恰县\"").doesNotContain(WUQIA)
                .doesNotContain("阿图什市");

        String prefecture = page("/reporting/dashboard", committee);
        assertThat(prefecture).contains("全州数据");
        assertThat(table(prefecture, "stock-table")).contains("乌恰县", "阿图什市");
        assertThat(figures(table(prefecture, "overdue-listed-table"), "乌恰县")).isEqualTo(after);
        assertThat(chart(prefecture, "stock")).contains("\"阿图什市\"", "\"乌恰县\"", "\"危险化学品\"")
                .doesNotContain(WUQIA).doesNotContain("HAZARDOUS_CHEMICALS");
        for (String id : List.of("trend", "targets", "stock", "overdue-listed", "ladder", "ledger", "punctuality",
                "enforcement", "training")) {
            assertThat(prefecture).as(id).contains("id=\"" + id + "-chart\"").contains("id=\"" + id + "-table\"");
        }
        assertThat(table(prefecture, "ledger-table")).contains("未开始", "推进中", "已逾期", "已完成");
        assertThat(rows(table(prefecture, "punctuality-table"))).as("every reporting unit").isGreaterThan(10);
        assertThat(table(prefecture, "punctuality-table")).contains("乌恰县", "阿图什市");
        assertThat(RawCodes.inHtml(prefecture)).isEmpty();
    }

    @Test
    void the_home_page_loads_the_panels_for_whoever_reads_reports_and_only_for_them() {
        String home = page("/", TestCallers.committeeAdmin());
        assertThat(home).contains("hx-get=\"/reporting/dashboard/panels\"")
                .containsPattern("src=\"/webjars/echarts/5\\.3\\.1/dist/echarts\\.min[-0-9a-f]*\\.js\"")
                .containsPattern("src=\"/js/dashboard[-0-9a-f]*\\.js\"");
        String panels = page("/reporting/dashboard/panels", TestCallers.countyOfficer(WUQIA));
        assertThat(panels).startsWith("<section id=\"dashboard\"").doesNotContain("<html").contains("id=\"stock-chart\"");

        RequestPostProcessor inspector = TestCallers.as(TestCallers.typical(Role.INSPECTOR));
        assertThat(page("/", inspector)).doesNotContain("/reporting/dashboard").doesNotContain("echarts");
        assertThat(mvc.get().uri("/reporting/dashboard/panels").with(inspector)).hasStatus(403);
        assertThat(mvc.get().uri("/reporting/dashboard").with(inspector)).hasStatus(403);
    }

    private String page(String uri, RequestPostProcessor caller) {
        MvcTestResult result = mvc.get().uri(uri).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).strip();
    }

    private static String table(String html, String id) {
        int start = html.indexOf("<table id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static String chart(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "-chart\"[^>]*data-chart=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1).replace("&quot;", "\"");
    }

    /** How many rows the table's body has. */
    private static int rows(String table) {
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    /** The figures of the row whose first cell is {@code label}. */
    private static List<Long> figures(String table, String label) {
        int start = table.indexOf("<td>" + label + "</td>");
        assertThat(start).as(label).isNotNegative();
        String row = table.substring(start, table.indexOf("</tr>", start));
        Matcher numbers = Pattern.compile("<td class=\"num\">([0-9,]+)</td>").matcher(row);
        List<Long> figures = new ArrayList<>();
        while (numbers.find()) {
            figures.add(Long.parseLong(numbers.group(1).replace(",", "")));
        }
        return figures;
    }
}
