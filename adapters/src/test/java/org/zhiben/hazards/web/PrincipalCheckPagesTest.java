package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * The pages of the principal's checks ("企业主要负责人每季度至少带队……开展1次检查(高危行业领域每月至少1次)"): an enterprise's
 * manager records its own check on the form (a refused date is shown at the field, nothing recorded), sees its next
 * due check on its home page; the compliance page shows the chart by jurisdiction with the table behind it and the
 * overdue enterprises, by name, with no raw code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrincipalCheckPagesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        clock.setTo(LocalDateTime.of(2025, 8, 5, 9, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_records_its_check_on_the_form_and_its_home_shows_the_next_one_due() {
        UUID own = api.enterprise(TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        String home = html(mvc.get().uri("/my-enterprise").with(manager).exchange());
        assertThat(home).contains("2025年8月，应于2025年8月31日前完成", "2025年7月未开展检查");

        String form = html(mvc.get().uri("/principal-checks/new").param("enterpriseId", own.toString()).with(manager)
                .exchange());
        assertThat(form).contains("留空即为企业主要负责人（张*）");
        assertThat(RawCodes.inHtml(form)).isEmpty();

        MvcTestResult refused = mvc.post().uri("/principal-checks/new").with(manager)
                .param("enterpriseId", own.toString()).param("checkedOn", "2025-08-06").param("scope", "储罐区")
                .param("findings", "未发现问题").exchange();
        assertThat(refused).hasStatusOk();
        assertThat(html(refused)).contains("检查日期 2025年8月6日 晚于今天");
        assertThat(jdbc.queryForObject("select count(*) from hazards.principal_check where enterprise_id = ?",
                Integer.class, own)).isZero();

        assertThat(mvc.post().uri("/principal-checks/new").with(manager).param("enterpriseId", own.toString())
                .param("checkedOn", "2025-08-04").param("scope", "储罐区").param("findings", "未发现问题").exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl("/principal-checks/enterprises/" + own);
        String checks = html(mvc.get().uri("/principal-checks/enterprises/" + own).with(manager).exchange());
        assertThat(checks).contains("2025年8月4日", "张*", "2025年9月，应于2025年9月30日前完成").doesNotContain("张三");
        assertThat(RawCodes.inHtml(checks)).isEmpty();
        assertThat(html(mvc.get().uri("/my-enterprise").with(manager).exchange()))
                .contains("2025年9月，应于2025年9月30日前完成");
    }

    @Test
    void the_compliance_page_shows_the_chart_the_table_behind_it_and_the_overdue_enterprises_by_name() {
        UUID overdue = api.enterprise(TestCallers.AKTO, "HAZARDOUS_CHEMICALS");
        UUID onTime = api.enterprise(TestCallers.AKTO, "INDUSTRY_TRADE");
        assertThat(mvc.post().uri("/principal-checks/new").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .param("enterpriseId", onTime.toString()).param("checkedOn", "2025-05-04").param("scope", "全厂")
                .param("findings", "未发现问题").exchange()).hasStatus3xxRedirection();

        MvcTestResult page = mvc.get().uri("/principal-checks").param("from", "2025-04-01").param("to", "2025-06-30")
                .param("jurisdiction", TestCallers.AKTO).with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange();
        String html = html(page);

        assertThat(html).contains("<svg", "role=\"img\"", "principal-check-chart-desc", "按期开展检查的企业（按属地）",
                "id=\"checks-jurisdiction-table\"", "阿克陶县");
        assertThat(html).contains("checks-overdue-" + overdue).doesNotContain("checks-overdue-" + onTime);
        assertThat(html).contains("2025年4月、2025年5月、2025年6月");
        assertThat(RawCodes.inHtml(html)).isEmpty();
        assertThat(html(mvc.get().uri("/principal-checks").param("lang", "en").param("from", "2025-04-01")
                .param("to", "2025-06-30").with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange()))
                .contains("Enterprises checking on time, by jurisdiction", "April 2025");
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
