package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.audit.application.VerifyAuditTrail;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * Hostile or careless input is refused at the edge with a 400 naming the field, never a 500 from the database; parallel
 * changes of one hazard leave exactly one winner and answer the others 409 or 412.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardEdgeRefusalsApiTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VerifyAuditTrail verifyAuditTrail;

    HazardApiSupport api;
    UUID enterprise;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private Map<String, Object> finding() {
        return new HashMap<>(Map.of("enterpriseId", enterprise, "location", "反应釜区", "description", "安全阀未投用",
                "discoveredOn", today.minusDays(1).toString(), "channel", "SUPERVISORY_INSPECTION",
                "sourceReference", "JC-" + UUID.randomUUID()));
    }

    private Map<String, Object> plan(Object fundsFen, String deadline) {
        Map<String, Object> plan = new HashMap<>(Map.of("responsiblePerson", "王五", "measures", "更换安全阀",
                "deadline", deadline, "contingencyPlan", "降负荷运行"));
        plan.put("fundsFen", fundsFen);
        return plan;
    }

    private UUID registered() {
        return UUID.fromString(api.registered(finding()).get("id").asString());
    }

    private long hazardsOfEnterprise() {
        return jdbc.queryForObject("select count(*) from hazards.major_hazard where enterprise_id = ?", Long.class,
                enterprise);
    }

    private static void refusedOn(MvcTestResult result, String field, String code) {
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo(code);
    }

    @Test
    void sixteen_parallel_identical_transitions_have_one_winner_and_no_500() throws Exception {
        UUID id = registered();
        Map<String, Object> plan = plan(30_000, today.plusDays(30).toString());
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return api.change("POST", id, "/rectification-plan", "\"0\"", plan).getResponse().getStatus();
                };
                statuses.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
            assertThat(answered).filteredOn(status -> status != 200).allMatch(status -> status == 409 || status == 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("version").asLong()).isEqualTo(1);
        Integer plansAudited = jdbc.queryForObject("select count(*) from audit.entry "
                + "where entity_id = ? and action = 'hazard.plan-set'", Integer.class, id.toString());
        assertThat(plansAudited).as("exactly the winning change is in the audit trail").isEqualTo(1);
        assertAuditChainVerifies();
    }

    /** A plan and a cancellation race from the same version: one of them wins, whichever, and nothing is half done. */
    @Test
    void two_different_transitions_racing_have_one_winner_and_the_audit_chain_verifies() throws Exception {
        UUID id = registered();
        Map<String, Object> plan = plan(30_000, today.plusDays(30).toString());
        Map<String, Object> cancellation = Map.of("reason", "误报", "actingUnit", "ACO");
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Integer> answered = new ArrayList<>();
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                boolean cancel = i % 2 == 0;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return (cancel ? api.change("POST", id, "/cancellation", "\"0\"", cancellation)
                            : api.change("POST", id, "/rectification-plan", "\"0\"", plan)).getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
        assertThat(answered).filteredOn(status -> status != 200).allMatch(status -> status == 409 || status == 412);
        JsonNode hazard = api.get(HazardApiSupport.BASE + "/" + id);
        assertThat(hazard.get("version").asLong()).isEqualTo(1);
        Integer transitionsAudited = jdbc.queryForObject("select count(*) from audit.entry "
                + "where entity_id = ? and action in ('hazard.plan-set', 'hazard.cancelled')", Integer.class, id.toString());
        assertThat(transitionsAudited).as("exactly the winning change is in the audit trail").isEqualTo(1);
        assertAuditChainVerifies();
    }

    /** The chain verifies, as the service says and as an auditor reads it over the API. */
    private void assertAuditChainVerifies() {
        assertThat(verifyAuditTrail.verify().intact()).as("the audit chain verifies").isTrue();
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void a_nul_in_a_text_field_is_refused_on_that_field_and_nothing_is_stored() {
        Map<String, Object> body = finding();
        body.put("location", "反应釜\u0000区");
        refusedOn(api.register(body, null), "location", "validation.control-character");
        assertThat(hazardsOfEnterprise()).isZero();
    }

    @Test
    void text_that_was_not_utf8_when_sent_is_refused_on_that_field_and_nothing_is_stored() {
        Map<String, Object> body = finding();
        body.put("location", "反应釜\uFFFD区");
        refusedOn(api.register(body, null), "location", "validation.malformed-text");
        assertThat(hazardsOfEnterprise()).isZero();
        refusedOn(mvc.get().uri("/api/v1/enterprises").param("q", "化工\uDC00").with(HazardApiSupport.ADMIN)
                .exchange(), "q", "validation.malformed-text");
    }

    @Test
    void a_nul_in_a_query_parameter_is_refused_on_that_parameter() {
        refusedOn(mvc.get().uri("/api/v1/enterprises?q={q}", "化工\u0000").with(HazardApiSupport.ADMIN).exchange(),
                "q", "validation.control-character");
    }

    @Test
    void a_null_or_blank_element_in_a_list_is_refused_on_that_element() {
        UUID id = registered();
        String nullAttachment = "{\"evidence\": \"已更换\", \"attachmentIds\": [\"" + UUID.randomUUID() + "\", null]}";
        refusedOn(mvc.post().uri(HazardApiSupport.BASE + "/" + id + "/rectification").with(HazardApiSupport.ADMIN)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(nullAttachment)
                        .exchange(), "attachmentIds[1]", "validation.null-element");
        refusedOn(mvc.post().uri("/api/v1/responsibility/resolutions").with(HazardApiSupport.ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"动火作业\", \"involvements\": [null]}").exchange(),
                "involvements[0]", "validation.null-element");
        refusedOn(mvc.post().uri("/api/v1/responsibility/resolutions").with(HazardApiSupport.ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"动火作业\", \"businessUnits\": [\"EMB\", \" \"]}").exchange(),
                "businessUnits[1]", "validation.blank-element");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("version").asLong()).isZero();
    }

    @Test
    void a_page_beyond_the_last_possible_one_is_refused() {
        refusedOn(mvc.get().uri("/api/v1/hazards?page=1000000000").with(HazardApiSupport.ADMIN).exchange(),
                "page", "validation.page-too-large");
        refusedOn(mvc.get().uri("/api/v1/enterprises?page=1000000000").with(HazardApiSupport.ADMIN).exchange(),
                "page", "validation.page-too-large");
    }

    @Test
    void a_fraction_of_a_fen_is_refused_not_rounded() {
        UUID id = registered();
        refusedOn(api.change("POST", id, "/rectification-plan", "\"0\"", plan(1.5, today.plusDays(30).toString())),
                "fundsFen", "validation.number-invalid");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("version").asLong()).isZero();
    }

    @Test
    void a_deadline_in_the_year_9999_is_refused() {
        UUID id = registered();
        refusedOn(api.change("POST", id, "/rectification-plan", "\"0\"", plan(30_000, "9999-12-31")),
                "deadline", "validation.date-out-of-range");
        refusedOn(api.change("POST", id, "/rectification-plan", "\"0\"", plan(30_000, "2101-01-01")),
                "deadline", "validation.date-out-of-range");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("version").asLong()).isZero();
    }

    @Test
    void a_weak_etag_does_not_match() {
        UUID id = registered();
        MvcTestResult weak = api.change("POST", id, "/rectification-plan", "W/\"0\"",
                plan(30_000, today.plusDays(30).toString()));
        assertThat(weak).hasStatus(412).bodyJson().extractingPath("$.code").isEqualTo("concurrency.if-match.weak");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("version").asLong()).isZero();
    }

    @Test
    void a_huge_value_is_not_echoed_back_in_the_problem() {
        Map<String, Object> body = finding();
        char[] huge = new char[500_000];
        Arrays.fill(huge, 'X');
        body.put("channel", new String(huge));
        MvcTestResult result = api.register(body, null);
        assertThat(result).hasStatus(400);
        String problem = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(problem.length()).isLessThan(2_000);
        JsonNode read = api.read(result);
        assertThat(read.get("errors").get(0).get("field").asString()).isEqualTo("channel");
    }

    @Test
    void bidirectional_controls_are_stripped_from_a_download_name() {
        UUID id = registered();
        MvcTestResult upload = api.upload(id, "photo\u202Egnp.exe.png", "image/png", HazardApiSupport.PNG);
        assertThat(upload).hasStatus(201);
        String attachment = api.read(upload).get("id").asString();
        MvcTestResult download = mvc.get().uri(HazardApiSupport.BASE + "/" + id + "/attachments/" + attachment)
                .with(HazardApiSupport.ADMIN).exchange();
        assertThat(download).hasStatusOk();
        String disposition = download.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).doesNotContain("\u202E").doesNotContainIgnoringCase("%E2%80%AE")
                .contains("photognp.exe.png");
    }
}
