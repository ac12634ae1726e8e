package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drills over the API, against the embedded database: "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)". An
 * enterprise records its own drills only and sees only its own; bad input is a problem naming the field with nothing
 * stored; compliance and the overdue list over two jurisdictions and industries come out in exact figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DrillApiTest {

    static final String BASE = "/api/v1/training/drills";

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void setClock() {
        clock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_records_and_reads_its_own_drills_only_and_each_is_audited() {
        UUID own = enterprise("演练自录", TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        UUID other = enterprise("演练他家", TestCallers.ARTUX, "HAZARDOUS_CHEMICALS");
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        MvcTestResult recorded = post(manager, drill(own, "2025-12-31"));
        assertThat(recorded).hasStatus(201);
        JsonNode body = read(recorded);
        String id = body.get("id").asString();
        assertThat(recorded).headers().hasValue("Location", BASE + "/" + id);
        assertThat(body.get("participantCount").asInt()).isEqualTo(35);
        assertThat(jdbc.queryForObject("select count(*) from audit.entry where entity_id = ? and action = ?",
                Integer.class, id, "drill.recorded")).isOne();

        assertThat(post(manager, drill(other, "2025-12-31"))).hasStatus(403);
        MvcTestResult byOfficer = post(TestCallers.countyOfficer(TestCallers.ARTUX), drill(other, "2025-11-30"));
        assertThat(byOfficer).hasStatus(201);
        assertThat(post(TestCallers.countyOfficer(TestCallers.AKTO), drill(other, "2025-11-30"))).hasStatus(403);

        assertThat(mvc.get().uri(BASE + "/" + read(byOfficer).get("id").asString()).with(manager).exchange())
                .hasStatus(404);
        JsonNode page = read(mvc.get().uri(BASE).with(manager).exchange());
        assertThat(page.get("totalItems").asLong()).isOne();
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from training.drill where enterprise_id = ?", Integer.class,
                other)).isOne();
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_nothing_is_recorded() {
        UUID own = enterprise("演练错填", TestCallers.ARTUX, "INDUSTRY_TRADE");

        MvcTestResult future = post(TestCallers.committeeAdmin(), drill(own, "2026-01-06"));
        assertThat(future).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(future).bodyJson().extractingPath("$.errors[0].code").isEqualTo("training.drill.in-future");
        assertThat(future).bodyJson().extractingPath("$.errors[0].field").isEqualTo("heldOn");

        Map<String, Object> noCount = drill(own, "2025-06-01");
        noCount.remove("participantCount");
        MvcTestResult missing = post(TestCallers.committeeAdmin(), noCount);
        assertThat(missing).hasStatus(400);
        assertThat(missing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("participantCount");
        Map<String, Object> blank = drill(own, "2025-06-01");
        blank.put("findings", "  ");
        assertThat(post(TestCallers.committeeAdmin(), blank)).hasStatus(400);

        assertThat(mvc.get().uri(BASE).param("size", "201").with(TestCallers.committeeAdmin()).exchange())
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].code").isEqualTo("training.page.size-invalid");
        assertThat(mvc.get().uri(BASE).param("size", "200").with(TestCallers.committeeAdmin()).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri(BASE + "/compliance").param("from", "2025-12-31").param("to", "2025-01-01")
                .with(TestCallers.committeeAdmin()).exchange()).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("training.drill.period-reversed");
        assertThat(jdbc.queryForObject("select count(*) from training.drill where enterprise_id = ?", Integer.class,
                own)).isZero();
    }

    @Test
    void compliance_over_two_jurisdictions_and_three_industries_comes_out_in_exact_figures() {
        String run = "演练统计" + TestNames.letters();
        UUID artuxMine = enterprise(run, TestCallers.ARTUX, "MINES");
        UUID artuxTrade = enterprise(run, TestCallers.ARTUX, "INDUSTRY_TRADE");
        UUID aktoChemicals = enterprise(run, TestCallers.AKTO, "HAZARDOUS_CHEMICALS");
        UUID aktoTrade = enterprise(run, TestCallers.AKTO, "INDUSTRY_TRADE");
        for (String day : List.of("2025-03-10", "2025-12-31")) {
            assertThat(post(TestCallers.committeeAdmin(), drill(artuxMine, day))).hasStatus(201);
        }
        assertThat(post(TestCallers.committeeAdmin(), drill(artuxTrade, "2025-06-30"))).hasStatus(201);
        assertThat(post(TestCallers.committeeAdmin(), drill(aktoChemicals, "2025-06-30"))).hasStatus(201);

        JsonNode compliance = read(mvc.get().uri(BASE + "/compliance").param("from", "2025-01-01")
                .param("to", "2025-12-31").param("name", run).with(TestCallers.committeeAdmin()).exchange());
        assertThat(compliance.get("asOf").asString()).isEqualTo("2026-01-05");
        assertThat(compliance.get("enterprises")).hasSize(4);
        assertThat(groups(compliance.get("byJurisdiction"))).containsExactly(
                TestCallers.ARTUX + ":2/2/0 periods 3/3", TestCallers.AKTO + ":2/0/2 periods 3/1");
        assertThat(groups(compliance.get("byIndustry"))).containsExactly(
                "HAZARDOUS_CHEMICALS:1/0/1 periods 2/1", "INDUSTRY_TRADE:2/1/1 periods 2/1", "MINES:1/1/0 periods 2/2");

        JsonNode mine = row(compliance, artuxMine);
        assertThat(mine.get("highRisk").asBoolean()).isTrue();
        assertThat(mine.get("frequency").asString()).isEqualTo("HALF_YEARLY");
        assertThat(mine.get("lastDrillOn").asString()).isEqualTo("2025-12-31");
        JsonNode chemicals = row(compliance, aktoChemicals);
        assertThat(chemicals.get("compliant").asBoolean()).isFalse();
        assertThat(chemicals.get("missed").get(0).get("label").asString()).isEqualTo("2025年下半年");
        assertThat(row(compliance, aktoTrade).get("missed").get(0).get("label").asString()).isEqualTo("2025年");
        assertThat(row(compliance, artuxTrade).get("frequency").asString()).isEqualTo("YEARLY");

        JsonNode overdue = read(mvc.get().uri(BASE + "/overdue").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("name", run).with(TestCallers.committeeAdmin()).exchange());
        assertThat(overdue.get("enterprises").valueStream().map(e -> e.get("enterpriseId").asString()))
                .containsExactlyInAnyOrder(aktoChemicals.toString(), aktoTrade.toString());

        JsonNode akto = read(mvc.get().uri(BASE + "/overdue").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("name", run).param("jurisdiction", TestCallers.AKTO).param("industry", "INDUSTRY_TRADE")
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(akto.get("enterprises").valueStream().map(e -> e.get("enterpriseId").asString()))
                .containsExactly(aktoTrade.toString());

        // a county sees its own jurisdiction only
        JsonNode county = read(mvc.get().uri(BASE + "/compliance").param("from", "2025-01-01")
                .param("to", "2025-12-31").param("name", run).with(TestCallers.countyOfficer(TestCallers.AKTO))
                .exchange());
        assertThat(groups(county.get("byJurisdiction"))).containsExactly(TestCallers.AKTO + ":2/0/2 periods 3/1");

        // on the last day of the year Akto's second half year and year are still due, not missed
        clock.setTo(LocalDateTime.of(2025, 12, 31, 18, 0));
        JsonNode lastDay = read(mvc.get().uri(BASE + "/compliance").param("from", "2025-01-01")
                .param("to", "2025-12-31").param("name", run).with(TestCallers.committeeAdmin()).exchange());
        assertThat(groups(lastDay.get("byJurisdiction"))).containsExactly(
                TestCallers.ARTUX + ":2/2/0 periods 3/3", TestCallers.AKTO + ":2/2/0 periods 1/1");
    }

    private static List<String> groups(JsonNode groups) {
        return groups.valueStream().map(g -> g.get("code").asString() + ":" + g.get("enterprises").asInt() + "/"
                + g.get("compliant").asInt() + "/" + g.get("overdue").asInt() + " periods "
                + g.get("owedPeriods").asLong() + "/" + g.get("keptPeriods").asLong()).toList();
    }

    private static JsonNode row(JsonNode compliance, UUID enterprise) {
        return compliance.get("enterprises").valueStream()
                .filter(e -> e.get("enterpriseId").asString().equals(enterprise.toString())).findFirst()
                .orElseThrow();
    }

    private UUID enterprise(String prefix, String jurisdiction, String industry) {
        return TrainingFixtures.enterprise(enterprises, prefix, jurisdiction, industry, false).id().value();
    }

    private MvcTestResult post(RequestPostProcessor caller, Map<String, Object> body) {
        return mvc.post().uri(BASE).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode read(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> drill(UUID enterprise, String day) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise.toString());
        body.put("heldOn", day);
        body.put("scope", "生产车间、仓库和办公楼");
        body.put("participantCount", 35);
        body.put("participants", "全体从业人员");
        body.put("findings", "二号安全出口堆放杂物，已当场清理");
        return body;
    }
}
