package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * The principal's periodic checks over the API: "企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查(高危行业领域
 * 每月至少1次)". An enterprise records its own checks only, an officer within his scope; bad input is a problem with the
 * field; compliance and the overdue list are computed for any period from the recorded checks, the high-risk
 * industries as the plan's data marks them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrincipalCheckApiTest {

    static final String BASE = "/api/v1/principal-checks";

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
        clock.setTo(LocalDateTime.of(2025, 7, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_records_its_own_check_masked_and_audited_but_not_another_enterprises() {
        UUID own = api.enterprise(TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        UUID other = api.enterprise(TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        MvcTestResult recorded = post(manager, check(own, "2025-06-30"));
        assertThat(recorded).hasStatus(201);
        JsonNode body = api.read(recorded);
        assertThat(body.get("ledBy").asString()).isEqualTo("张*");
        assertThat(recorded).headers().hasValue("Location", BASE + "/" + body.get("id").asString());
        assertThat(jdbc.queryForObject("select count(*) from audit.entry where entity_id = ? and action = ?",
                Integer.class, body.get("id").asString(), "principal-check.recorded")).isOne();
        assertThat(mvc.get().uri(BASE + "/" + body.get("id").asString()).with(manager).exchange()).hasStatusOk();

        assertThat(post(manager, check(other, "2025-06-30"))).hasStatus(403);
        assertThat(mvc.get().uri(BASE).param("enterpriseId", other.toString()).with(manager).exchange())
                .hasStatus(404);
        assertThat(post(TestCallers.countyOfficer(TestCallers.AKTO), check(own, "2025-06-30"))).hasStatus(403);
        assertThat(post(TestCallers.countyOfficer(TestCallers.ARTUX), check(own, "2025-06-29"))).hasStatus(201);
        assertThat(jdbc.queryForObject("select count(*) from hazards.principal_check where enterprise_id = ?",
                Integer.class, other)).isZero();
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_nothing_is_recorded() {
        UUID own = api.enterprise(TestCallers.ARTUX, "INDUSTRY_TRADE");
        Map<String, Object> future = check(own, "2025-07-02");

        MvcTestResult refused = post(TestCallers.committeeAdmin(), future);
        assertThat(refused).hasStatus(400);
        assertThat(refused).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].code").isEqualTo("hazard.principal-check.in-future");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("checkedOn");

        Map<String, Object> noScope = check(own, "2025-06-01");
        noScope.put("scope", " ");
        assertThat(post(TestCallers.committeeAdmin(), noScope)).hasStatus(400);
        assertThat(mvc.get().uri(BASE + "/compliance").param("from", "2025-07-01").param("to", "2025-01-01")
                .with(TestCallers.committeeAdmin()).exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.principal-check.period-reversed");
        assertThat(jdbc.queryForObject("select count(*) from hazards.principal_check where enterprise_id = ?",
                Integer.class, own)).isZero();
    }

    @Test
    void compliance_and_the_overdue_list_follow_the_quarterly_and_monthly_rule() {
        UUID chemicals = api.enterprise(TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        UUID trade = api.enterprise(TestCallers.ARTUX, "INDUSTRY_TRADE");
        for (String day : List.of("2025-04-08", "2025-05-09")) {
            assertThat(post(TestCallers.committeeAdmin(), check(chemicals, day))).hasStatus(201);
        }
        assertThat(post(TestCallers.committeeAdmin(), check(trade, "2025-05-20"))).hasStatus(201);

        JsonNode compliance = api.read(mvc.get().uri(BASE + "/compliance").param("from", "2025-04-01")
                .param("to", "2025-06-30").param("jurisdiction", TestCallers.ARTUX)
                .with(TestCallers.committeeAdmin()).exchange());
        JsonNode chemicalsRow = row(compliance, chemicals);
        assertThat(chemicalsRow.get("highRisk").asBoolean()).isTrue();
        assertThat(chemicalsRow.get("frequency").asString()).isEqualTo("MONTHLY");
        assertThat(chemicalsRow.get("compliant").asBoolean()).isFalse();
        assertThat(chemicalsRow.get("missed").get(0).get("label").asString()).isEqualTo("2025年6月");
        JsonNode tradeRow = row(compliance, trade);
        assertThat(tradeRow.get("frequency").asString()).isEqualTo("QUARTERLY");
        assertThat(tradeRow.get("compliant").asBoolean()).isTrue();
        assertThat(compliance.get("byJurisdiction").get(0).get("code").asString()).isEqualTo(TestCallers.ARTUX);

        JsonNode overdue = api.read(mvc.get().uri(BASE + "/overdue").param("from", "2025-04-01")
                .param("to", "2025-06-30").with(TestCallers.committeeAdmin()).exchange());
        List<String> overdueIds = overdue.get("enterprises").valueStream().map(e -> e.get("enterpriseId").asString())
                .toList();
        assertThat(overdueIds).contains(chemicals.toString()).doesNotContain(trade.toString());

        JsonNode next = api.read(mvc.get().uri(BASE).param("enterpriseId", chemicals.toString())
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(next.get("next").get("period").get("code").asString()).isEqualTo("2025-07");
        assertThat(next.get("next").get("dueBy").asString()).isEqualTo("2025-07-31");
        assertThat(next.get("next").get("missedPrevious").get("code").asString()).isEqualTo("2025-06");
        assertThat(next.get("checks")).hasSize(2);
    }

    private JsonNode row(JsonNode compliance, UUID enterprise) {
        return compliance.get("enterprises").valueStream()
                .filter(e -> e.get("enterpriseId").asString().equals(enterprise.toString())).findFirst()
                .orElseThrow();
    }

    private MvcTestResult post(RequestPostProcessor caller, Map<String, Object> body) {
        return mvc.post().uri(BASE).with(caller).contentType(MediaType.APPLICATION_JSON).content(api.toJson(body))
                .exchange();
    }

    private static Map<String, Object> check(UUID enterprise, String day) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise.toString());
        body.put("checkedOn", day);
        body.put("scope", "储罐区、装卸区");
        body.put("findings", "未发现重大事故隐患");
        return body;
    }
}
