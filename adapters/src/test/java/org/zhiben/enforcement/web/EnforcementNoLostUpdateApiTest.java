package org.zhiben.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No lost update in enforcement: sixteen callers send the same change of one tip-off or penalty case at once, all with
 * the same {@code If-Match}. Exactly one succeeds, the others are answered 409 or 412 (never a 5xx), exactly one audit
 * entry records the change, and the audit chain verifies afterwards ({@code GET /api/v1/audit/verification}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnforcementNoLostUpdateApiTest {

    private static final String BASE = "/api/v1/enforcement";
    private static final int CALLERS = 16;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final RequestPostProcessor admin = TestCallers.committeeAdmin();
    private final RequestPostProcessor tipOfficer = TestCallers.as("tipoff-race-"
            + UUID.randomUUID().toString().substring(0, 6), RoleAssignment.ofUnit(UnitCode.of("EMB"),
            Role.TIP_OFF_OFFICER));
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixteen_identical_acceptances_of_one_tip_off_have_one_winner_and_one_audit_entry() throws Exception {
        JsonNode tipOff = body(post(tipOfficer, "/tip-offs", null, Map.of("channel", "HOTLINE",
                "matter", "仓库夜间违规动火", "enterpriseId", enterprise())), 201);
        UUID id = UUID.fromString(tipOff.get("id").asString());

        List<Integer> answered = race(() -> post(tipOfficer, "/tip-offs/" + id + "/acceptance", tipOff, Map.of()));

        assertOneWinner(answered);
        JsonNode after = body(mvc.get().uri(BASE + "/tip-offs/" + id).with(tipOfficer).exchange(), 200);
        assertThat(after.get("version").asLong()).isEqualTo(tipOff.get("version").asLong() + 1);
        assertThat(audited("TipOff", id, "tip-off.accepted")).as("audit entries of the acceptance").isEqualTo(1);
        assertAuditChainVerifies();
    }

    @Test
    void sixteen_identical_rights_notices_of_one_penalty_case_have_one_winner_and_one_audit_entry()
            throws Exception {
        JsonNode opened = body(post(admin, "/cases", null, Map.of("enterpriseId", enterprise(),
                "origin", Map.of("kind", "INSPECTION", "reference", UUID.randomUUID()),
                "violation", "未采取措施消除重大事故隐患")), 201);
        UUID id = UUID.fromString(opened.get("id").asString());
        JsonNode penaltyCase = body(mvc.put().uri(BASE + "/cases/" + id + "/basis").with(admin)
                .contentType(MediaType.APPLICATION_JSON).header("If-Match", eTag(opened))
                .content(json.writeValueAsString(Map.of("articles", List.of("AQSCF-102"),
                        "measures", List.of(Map.of("kind", "FINE", "party", "UNIT", "fineFen", 5_000_000)))))
                .exchange(), 200);

        List<Integer> answered = race(() -> post(admin, "/cases/" + id + "/rights-notice", penaltyCase,
                Map.of("on", TODAY.toString())));

        assertOneWinner(answered);
        JsonNode after = body(mvc.get().uri(BASE + "/cases/" + id).with(admin).exchange(), 200);
        assertThat(after.get("version").asLong()).isEqualTo(penaltyCase.get("version").asLong() + 1);
        assertThat(audited("PenaltyCase", id, "penalty-case.rights-notified")).as("audit entries of the notice")
                .isEqualTo(1);
        assertAuditChainVerifies();
    }

    /** Sends the same request from {@link #CALLERS} threads released at once; the statuses answered. */
    private static List<Integer> race(Supplier<MvcTestResult> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return call.get().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            return answered;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Integer> answered) {
        assertThat(answered).as("statuses").filteredOn(status -> status >= 200 && status < 300).hasSize(1);
        assertThat(answered).as("statuses").filteredOn(status -> status < 200 || status >= 300)
                .allMatch(status -> status == 409 || status == 412);
    }

    private int audited(String entityType, UUID id, String action) {
        return jdbc.queryForObject("select count(*) from audit.entry where entity_type = ? and entity_id = ? "
                + "and action = ?", Integer.class, entityType, id.toString(), action);
    }

    private void assertAuditChainVerifies() {
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    private MvcTestResult post(RequestPostProcessor caller, String path, JsonNode current, Object body) {
        var request = mvc.post().uri(BASE + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (current != null) {
            request = request.header("If-Match", eTag(current));
        }
        return request.exchange();
    }

    private static String eTag(JsonNode current) {
        return "\"" + current.get("version").asLong() + "\"";
    }

    private JsonNode body(MvcTestResult result, int status) {
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(text).isEqualTo(status);
        return json.readTree(text);
    }

    private UUID enterprise() {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), EnforcementApiTest.creditCode(),
                new EnterpriseProfile("并发测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of(TestCallers.AKTO), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿克陶县测试路 2 号", new Person("张三", "13800000000", null),
                        new Person("李四", "13900000000", null), StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
        return enterprises.save(enterprise).id().value();
    }
}
