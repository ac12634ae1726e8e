package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import tools.jackson.databind.JsonNode;

/** Bad input is refused with a problem detail, and nothing is stored; retried registrations are idempotent. */
@SpringBootTest
@AutoConfigureMockMvc
class HazardRefusalsApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    HazardApiSupport api;
    UUID enterprise;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private Map<String, Object> finding(Map<String, Object> clause) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise, "location", "反应釜区",
                "description", "安全阀未投用", "discoveredOn", today.minusDays(1).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID()));
        if (clause != null) {
            body.put("clause", clause);
        }
        return body;
    }

    private long hazardsOfEnterprise() {
        return jdbc.queryForObject("select count(*) from hazards.major_hazard where enterprise_id = ?", Long.class,
                enterprise);
    }

    @Test
    void a_clause_no_standard_has_is_refused_and_nothing_is_registered() {
        MvcTestResult result = api.register(finding(Map.of("standardCode", "CHEM-2017", "clauseNumber", "999")),
                null);
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.clause.unknown");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("clause");
        assertThat(hazardsOfEnterprise()).isZero();
    }

    @Test
    void a_clause_of_the_standard_of_another_sector_is_refused_and_nothing_is_registered() {
        MvcTestResult result = api.register(finding(Map.of("standardCode", "FIREWORKS-2017", "clauseNumber", "5")),
                null);
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.clause.other-sector");
        assertThat(hazardsOfEnterprise()).isZero();
    }

    @Test
    void a_clause_of_a_group_of_the_standard_that_does_not_fit_the_enterprise_is_refused_and_nothing_is_registered() {
        enterprise = api.enterprise("653001", "METALLURGY");
        MvcTestResult result = api.register(finding(Map.of("standardCode", "INDUSTRY-TRADE-2023",
                "clauseNumber", "5.1")), null);
        assertThat(result).as("5.1 is a clause of a group the metallurgy sector is not mapped to").hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("hazard.clause.other-group");
        assertThat(hazardsOfEnterprise()).isZero();

        assertThat(api.register(finding(Map.of("standardCode", "INDUSTRY-TRADE-2023", "clauseNumber", "4.1")),
                null)).as("4.1 is of the steel group, which fits").hasStatus(201);
    }

    @Test
    void an_unknown_enterprise_is_refused() {
        Map<String, Object> body = finding(null);
        body.put("enterpriseId", UUID.randomUUID());
        assertThat(api.register(body, null)).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.enterprise.unknown");
    }

    @Test
    void a_finding_without_a_clause_is_a_general_hazard() {
        JsonNode hazard = api.registered(finding(null));
        assertThat(hazard.get("level").asString()).isEqualTo("GENERAL");
        assertThat(hazard.get("status").asString()).isEqualTo("DETERMINED");
    }

    @Test
    void a_hazard_registered_with_its_level_pending_is_determined_later_against_the_standard() {
        Map<String, Object> body = finding(null);
        body.put("channel", "VERIFIED_TIP_OFF");
        body.put("levelPending", true);
        JsonNode reported = api.registered(body);
        UUID id = UUID.fromString(reported.get("id").asString());
        assertThat(reported.get("status").asString()).isEqualTo("REPORTED");

        MvcTestResult unknown = api.change("POST", id, "/determination", "\"0\"",
                Map.of("clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "77")));
        assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.clause.unknown");

        JsonNode determined = api.changed("POST", id, "/determination", 0,
                Map.of("clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "15"), "reason", "现场核实"));
        assertThat(determined.get("level").asString()).isEqualTo("MAJOR");
        assertThat(determined.get("clause").get("clauseNumber").asString()).isEqualTo("15");
    }

    @Test
    void a_deadline_already_past_hence_before_the_discovery_is_refused_and_the_hazard_is_unchanged() {
        UUID id = UUID.fromString(api.registered(finding(null)).get("id").asString());
        MvcTestResult result = api.change("POST", id, "/rectification-plan", "\"0\"", plan(today.minusDays(5)));
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.plan.deadline-in-past");
        JsonNode hazard = api.get(HazardApiSupport.BASE + "/" + id);
        assertThat(hazard.get("status").asString()).isEqualTo("DETERMINED");
        assertThat(hazard.get("version").asLong()).isZero();
    }

    @Test
    void an_oversize_attachment_is_refused_and_nothing_is_stored() {
        UUID id = UUID.fromString(api.registered(finding(null)).get("id").asString());
        byte[] big = Arrays.copyOf(HazardApiSupport.PNG, 10 * 1024 * 1024 + 1);
        MvcTestResult result = api.upload(id, "big.png", "image/png", big);
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.attachment.too-large");
        assertThat(attachmentsOf(id)).isZero();
    }

    @Test
    void a_png_name_with_text_content_is_refused_and_nothing_is_stored() {
        UUID id = UUID.fromString(api.registered(finding(null)).get("id").asString());
        MvcTestResult result = api.upload(id, "photo.png", "image/png", "not an image at all".getBytes());
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.attachment.type-not-allowed");
        assertThat(attachmentsOf(id)).isZero();
    }

    @Test
    void a_transition_the_status_does_not_allow_is_refused_with_409() {
        UUID id = UUID.fromString(api.registered(finding(null)).get("id").asString());
        MvcTestResult result = api.change("POST", id, "/write-off", "\"0\"",
                Map.of("reason", "销号"));
        assertThat(result).hasStatus(409).bodyJson().extractingPath("$.code")
                .isEqualTo("hazard.transition.not-allowed");
    }

    @Test
    void a_change_against_a_stale_version_is_refused_with_412_and_without_if_match_with_428() {
        UUID id = UUID.fromString(api.registered(finding(null)).get("id").asString());
        api.changed("POST", id, "/rectification-plan", 0, plan(today.plusDays(10)));

        MvcTestResult stale = api.change("POST", id, "/cancellation", "\"0\"", Map.of("reason", "重复登记"));
        assertThat(stale).hasStatus(412).bodyJson().extractingPath("$.code").isEqualTo("concurrency.stale-version");

        MvcTestResult missing = api.change("POST", id, "/cancellation", null, Map.of("reason", "重复登记"));
        assertThat(missing).hasStatus(428).bodyJson().extractingPath("$.code")
                .isEqualTo("concurrency.if-match.required");

        JsonNode hazard = api.get(HazardApiSupport.BASE + "/" + id);
        assertThat(hazard.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(hazard.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_retried_registration_with_the_same_idempotency_key_returns_the_first_result_and_registers_once() {
        Map<String, Object> body = finding(Map.of("standardCode", "CHEM-2017", "clauseNumber", "1"));
        String key = UUID.randomUUID().toString();

        MvcTestResult first = api.register(body, key);
        MvcTestResult retry = api.register(body, key);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201);
        assertThat(retry.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(retry).headers().hasValue("Location", first.getResponse().getHeader("Location"));
        assertThat(hazardsOfEnterprise()).isEqualTo(1);

        Map<String, Object> other = new HashMap<>(body);
        other.put("location", "另一处");
        assertThat(api.register(other, key)).hasStatus(422).bodyJson().extractingPath("$.code")
                .isEqualTo("idempotency.key-reused");
        assertThat(hazardsOfEnterprise()).isEqualTo(1);
    }

    @Test
    void the_search_filters_in_the_database_and_pages() {
        for (int i = 0; i < 3; i++) {
            api.registered(finding(Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
        }
        api.registered(finding(null));
        JsonNode page = api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise
                + "&level=MAJOR&status=DETERMINED&page=0&size=2");
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode overdue = api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise + "&overdueOn="
                + today.plusYears(1));
        assertThat(overdue.get("totalItems").asLong()).isZero();
        assertThat(mvc.get().uri(HazardApiSupport.BASE + "?status=NOPE").with(ADMIN)).hasStatus(400);
    }

    private long attachmentsOf(UUID hazard) {
        return jdbc.queryForObject("select count(*) from hazards.major_hazard_attachment where hazard_id = ?",
                Long.class, hazard);
    }

    private static Map<String, Object> plan(LocalDate deadline) {
        return Map.of("responsiblePerson", "王五", "measures", "更换安全阀", "fundsFen", 30_000,
                "deadline", deadline.toString(), "contingencyPlan", "降负荷运行");
    }
}
