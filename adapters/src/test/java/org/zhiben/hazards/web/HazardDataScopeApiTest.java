package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.JsonNode;

/**
 * “数据权限在读写处强制执行”: hazards out of the caller's scope are neither found nor read nor moved (404, as if they did
 * not exist); an enterprise's safety manager sees and reports only its own hazards; every move is in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardDataScopeApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();
    static final String BASE = HazardApiSupport.BASE;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegisterApiClient registerApiClient;

    HazardApiSupport api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void an_akto_officer_can_neither_find_nor_read_nor_move_an_artux_hazard() {
        UUID artuxEnterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");
        UUID hazard = registered(ADMIN, finding(artuxEnterprise, "SUPERVISORY_INSPECTION"));
        RequestPostProcessor akto = TestCallers.countyOfficer(AKTO);

        assertThat(mvc.get().uri(BASE + "/" + hazard).with(akto)).hasStatus(404);
        assertThat(mvc.get().uri(BASE + "/" + hazard + "/timeline").with(akto)).hasStatus(404);
        assertThat(mvc.get().uri(BASE + "/notifications?enterpriseId=" + artuxEnterprise).with(akto))
                .hasStatus(404);
        assertThat(mvc.get().uri(BASE + "?enterpriseId=" + artuxEnterprise).with(akto)).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(0);
        assertThat(api.change(akto, "POST", hazard, "/rectification-plan", "\"0\"", plan())).hasStatus(404);
        assertThat(api.change(akto, "POST", hazard, "/cancellation", "\"0\"", Map.of("reason", "越权撤销")))
                .hasStatus(404);
        assertThat(upload(akto, hazard)).hasStatus(404);

        assertThat(mvc.get().uri(BASE + "/" + hazard).with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("DETERMINED");
        assertThat(mvc.get().uri(BASE + "?enterpriseId=" + artuxEnterprise).with(ADMIN)).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void an_akto_officer_cannot_register_a_hazard_of_an_artux_enterprise() {
        UUID artuxEnterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");

        assertThat(register(TestCallers.countyOfficer(AKTO), finding(artuxEnterprise, "SUPERVISORY_INSPECTION")))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("security.forbidden");
        assertThat(jdbc.queryForObject("select count(*) from hazards.major_hazard where enterprise_id = ?",
                Long.class, artuxEnterprise)).isZero();
    }

    @Test
    void an_akto_officer_counts_no_artux_hazard_in_the_stock() {
        UUID artuxEnterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");
        registered(ADMIN, major(finding(artuxEnterprise, "SUPERVISORY_INSPECTION")));
        String stock = BASE + "/stock?from=" + today + "&to=" + today + "&jurisdiction=" + ARTUX;

        assertThat(mvc.get().uri(stock).with(ADMIN)).hasStatusOk().bodyJson()
                .extractingPath("$.total.closingStock").asNumber().satisfies(n -> assertThat(n.longValue())
                        .isPositive());
        assertThat(mvc.get().uri(stock).with(TestCallers.countyOfficer(AKTO))).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total.closingStock").isEqualTo(0);
                    assertThat(json).extractingPath("$.rows").asArray().isEmpty();
                });
    }

    @Test
    void an_enterprise_manager_sees_and_reports_only_its_own_hazards() {
        UUID own = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        UUID other = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        UUID othersHazard = registered(ADMIN, finding(other, "SUPERVISORY_INSPECTION"));
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        assertThat(register(manager, finding(own, "SUPERVISORY_INSPECTION"))).hasStatus(403);
        assertThat(register(manager, finding(other, "SELF_INSPECTION"))).hasStatus(403);
        UUID selfReported = registered(manager, finding(own, "SELF_INSPECTION"));

        JsonNode found = api.read(mvc.get().uri(BASE + "?size=200").with(manager).exchange());
        List<String> enterprisesSeen = new ArrayList<>();
        found.get("items").forEach(item -> enterprisesSeen.add(item.get("enterpriseId").asString()));
        assertThat(enterprisesSeen).isNotEmpty().containsOnly(own.toString());
        assertThat(mvc.get().uri(BASE + "/" + othersHazard).with(manager)).hasStatus(404);
        assertThat(mvc.get().uri(BASE + "/" + selfReported).with(manager)).hasStatusOk();

        api.changed("POST", selfReported, "/rectification-plan", 0, plan());
        MvcTestResult photo = upload(manager, selfReported);
        assertThat(photo).hasStatus(201);
        JsonNode rectified = api.changed(manager, "POST", selfReported, "/rectification", 1, Map.of(
                "evidence", "已更换安全阀", "attachmentIds", List.of(api.read(photo).get("id").asString())));
        assertThat(rectified.get("status").asString()).isEqualTo("RECTIFIED");

        assertThat(api.change(manager, "POST", selfReported, "/verification", "\"2\"", Map.of("reason", "自行验收")))
                .hasStatus(403);
        assertThat(api.change(manager, "POST", selfReported, "/write-off", "\"2\"", Map.of("reason", "自行销号")))
                .hasStatus(403);
        assertThat(upload(manager, othersHazard)).hasStatus(404);
    }

    @Test
    void every_move_of_a_hazard_is_in_the_audit_trail_with_its_signer_and_reason_and_the_chain_verifies() {
        UUID enterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");
        UUID hazard = registered(ADMIN, finding(enterprise, "SUPERVISORY_INSPECTION"));
        Map<String, Object> plan = new HashMap<>(plan());
        plan.put("reason", "按五落实要求制定方案");
        api.changed("POST", hazard, "/rectification-plan", 0, plan);
        JsonNode photo = api.read(api.upload(hazard, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed("POST", hazard, "/rectification", 1, Map.of("evidence", "已整改",
                "attachmentIds", List.of(photo.get("id").asString())));
        api.changed("POST", hazard, "/acceptance-refusal", 2, Map.of("reason", "照片不清晰"));

        JsonNode entries = api.read(mvc.get().uri("/api/v1/audit/entries").param("entityType", "MajorHazard")
                .param("entityId", hazard.toString()).with(TestCallers.auditor()).exchange()).get("items");
        List<String> moves = new ArrayList<>();
        entries.forEach(e -> moves.add(e.get("action").asString() + "|" + text(e, "reason") + "|"
                + text(e, "change").split(";")[0]));
        assertThat(moves).containsExactly(
                "hazard.acceptance-refused|照片不清晰|status=RECTIFIED->RECTIFYING",
                "hazard.rectified||status=RECTIFYING->RECTIFIED",
                "hazard.attachment-added||attachment=" + photo.get("id").asString(),
                "hazard.plan-set|按五落实要求制定方案|status=DETERMINED->RECTIFYING",
                "hazard.registered||status=->DETERMINED");
        assertThat(entries.get(0).get("unitCode").asString()).isEqualTo("ACO");
        assertThat(entries.get(0).get("role").asString()).isEqualTo("COMMITTEE_ADMIN");
        entries.forEach(e -> assertThat(text(e, "change")).doesNotContain("王五", "13800000000"));
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void a_signed_in_user_signs_for_their_own_unit_and_naming_another_is_refused() {
        UUID hazard = registered(ADMIN, finding(api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS"),
                "SUPERVISORY_INSPECTION"));

        assertThat(api.change("POST", hazard, "/cancellation", "\"0\"", Map.of("reason", "误报", "actingUnit", "EMB")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("actingUnit");
        JsonNode cancelled = api.changed("POST", hazard, "/cancellation", 0, Map.of("reason", "误报",
                "actingUnit", "ACO"));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void an_api_client_granted_akto_finds_only_akto_hazards() {
        UUID aktoEnterprise = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        UUID artuxEnterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");
        registered(ADMIN, finding(aktoEnterprise, "SUPERVISORY_INSPECTION"));
        UUID artuxHazard = registered(ADMIN, finding(artuxEnterprise, "SUPERVISORY_INSPECTION"));
        RequestPostProcessor client = TestCallers.bearer(TestCallers.accessToken(registerApiClient, mvc,
                DataScope.jurisdiction(JurisdictionCode.of(AKTO)), HazardPermissions.READ));

        assertThat(mvc.get().uri(BASE + "?enterpriseId=" + aktoEnterprise).with(client)).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(1);
        assertThat(mvc.get().uri(BASE + "?enterpriseId=" + artuxEnterprise).with(client)).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(0);
        assertThat(mvc.get().uri(BASE + "/" + artuxHazard).with(client)).hasStatus(404);
    }

    private Map<String, Object> finding(UUID enterprise, String channel) {
        return new HashMap<>(Map.of("enterpriseId", enterprise, "location", "反应釜区", "description", "安全阀未投用",
                "discoveredOn", today.minusDays(1).toString(), "channel", channel,
                "sourceReference", "JC-" + UUID.randomUUID()));
    }

    private static Map<String, Object> major(Map<String, Object> finding) {
        finding.put("clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"));
        return finding;
    }

    private static Map<String, Object> plan() {
        return Map.of("responsiblePerson", "王五", "measures", "更换安全阀", "fundsFen", 30_000,
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString(),
                "contingencyPlan", "降负荷运行");
    }

    private MvcTestResult register(RequestPostProcessor caller, Map<String, Object> body) {
        return mvc.post().uri(BASE).with(caller).contentType(MediaType.APPLICATION_JSON).content(api.toJson(body))
                .exchange();
    }

    private UUID registered(RequestPostProcessor caller, Map<String, Object> body) {
        MvcTestResult result = register(caller, body);
        assertThat(result).hasStatus(201);
        return UUID.fromString(api.read(result).get("id").asString());
    }

    private MvcTestResult upload(RequestPostProcessor caller, UUID hazard) {
        return mvc.post().uri(BASE + "/" + hazard + "/attachments").with(caller).multipart()
                .file(new MockMultipartFile("file", "evidence.png", "image/png", HazardApiSupport.PNG)).exchange();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
