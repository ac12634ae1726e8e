package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.JsonNode;

/**
 * The escalation runs and thresholds belong to the whole prefecture: a county officer, who supervises hazards in one
 * county, can neither run the escalation (API and page) nor change its policy, and learns nothing of other counties'
 * hazards from trying; the stock figures are read from the database within the caller's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardEscalationScopeApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MajorHazards hazards;
    @Autowired
    Transactions transactions;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_county_officer_may_not_run_the_escalation_and_is_told_no_hazard_of_another_county() throws Exception {
        clock.setTo(LocalDateTime.of(2024, 3, 1, 9, 0));
        UUID artux = overdueMajorHazard(ARTUX);
        clock.setTo(LocalDateTime.of(2024, 3, 12, 9, 0));
        long runsBefore = runs();

        MvcTestResult refused = mvc.post().uri(HazardApiSupport.BASE + "/escalations/runs")
                .with(TestCallers.countyOfficer(AKTO)).exchange();

        assertThat(refused).hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("security.forbidden");
        assertThat(refused.getResponse().getContentAsString()).doesNotContain(artux.toString(), "hazardId");
        assertThat(runs()).isEqualTo(runsBefore);
        assertThat(api.get(HazardApiSupport.BASE + "/" + artux).get("escalations")).isEmpty();

        MvcTestResult run = mvc.post().uri(HazardApiSupport.BASE + "/escalations/runs").with(ADMIN).exchange();
        assertThat(run).hasStatusOk();
        List<String> escalated = new java.util.ArrayList<>();
        api.read(run).get("escalated").forEach(e -> escalated.add(e.get("hazardId").asString()));
        assertThat(escalated).contains(artux.toString());
        assertThat(jdbc.queryForList("select action from audit.entry where entity_type = 'MajorHazard' and "
                + "entity_id = ? order by sequence", String.class, artux.toString()))
                .endsWith("hazard.escalated");
    }

    @Test
    void a_county_officer_may_not_change_the_escalation_thresholds() {
        String effectiveFrom = LocalDate.now(clock).plusYears(7).plusDays(java.util.concurrent.ThreadLocalRandom
                .current().nextInt(1000)).toString();

        assertThat(mvc.post().uri(HazardApiSupport.BASE + "/escalation-policies")
                .with(TestCallers.countyOfficer(AKTO)).contentType(MediaType.APPLICATION_JSON)
                .content(api.toJson(Map.of("effectiveFrom", effectiveFrom, "warningLetterDays", 3,
                        "circularDays", 10, "interviewDays", 20, "publicExposureDays", 40))))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("security.forbidden");

        JsonNode policies = api.get(HazardApiSupport.BASE + "/escalation-policies");
        List<String> days = new java.util.ArrayList<>();
        policies.forEach(p -> days.add(p.get("effectiveFrom").asString()));
        assertThat(days).isNotEmpty().doesNotContain(effectiveFrom);
    }

    @Test
    void the_overdue_page_refuses_a_county_officers_run_and_offers_no_run_button() {
        assertThat(mvc.post().uri("/hazards/overdue/run").with(TestCallers.countyOfficer(AKTO))).hasStatus(403);
        assertThat(mvc.get().uri("/hazards/overdue").with(TestCallers.countyOfficer(AKTO))).hasStatusOk()
                .model().containsEntry("canRun", false);
        assertThat(mvc.get().uri("/hazards/overdue").with(ADMIN)).hasStatusOk()
                .model().containsEntry("canRun", true);
    }

    @Test
    void the_stock_hazards_are_selected_by_scope_in_the_database() {
        api.registered(major(api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS")));
        api.registered(major(api.enterprise(AKTO, "HAZARDOUS_CHEMICALS")));

        List<MajorHazard> akto = transactions.read(() -> hazards.findAllForStock(null, null,
                DataScope.jurisdiction(JurisdictionCode.of(AKTO))));
        List<MajorHazard> all = transactions.read(() -> hazards.findAllForStock(null, null,
                DataScope.wholePrefecture()));

        assertThat(akto).isNotEmpty().allSatisfy(h -> {
            assertThat(h.jurisdiction().value()).isEqualTo(AKTO);
            assertThat(h.level()).isEqualTo(HazardLevel.MAJOR);
        });
        assertThat(all).extracting(h -> h.jurisdiction().value()).contains(AKTO, ARTUX);
        assertThat(transactions.read(() -> hazards.findAllForStock(null, null, DataScope.none()))).isEmpty();
    }

    private Map<String, Object> major(UUID enterprise) {
        return new java.util.HashMap<>(Map.of("enterpriseId", enterprise, "location", "反应釜区",
                "description", "安全阀未投用", "discoveredOn", LocalDate.now(clock).minusDays(1).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID(),
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
    }

    /** A major hazard of the county, with a plan due 2024-03-10 (overdue from the 11th). */
    private UUID overdueMajorHazard(String jurisdiction) {
        UUID enterprise = api.enterprise(jurisdiction, "FIREWORKS");
        JsonNode hazard = api.registered(Map.of("enterpriseId", enterprise, "location", "成品仓库",
                "description", "仓库实际存药量超过核定药量", "discoveredOn", "2024-02-28",
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID(),
                "clause", Map.of("standardCode", "FIREWORKS-2017", "clauseNumber", "5")));
        UUID id = UUID.fromString(hazard.get("id").asString());
        api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "赵六",
                "measures", "转移超量药物", "fundsFen", 50_000, "deadline", "2024-03-10",
                "contingencyPlan", "暂停作业"));
        return id;
    }

    private long runs() {
        return jdbc.queryForObject("select count(*) from hazards.escalation_run", Long.class);
    }
}
