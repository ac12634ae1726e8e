package org.zhiben.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enforcement.EnforcementPermissions;
import org.zhiben.identity.Role;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.shared.DataScope;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enforcement API end to end: a tip-off becomes a hazard and a case with a dual penalty, legally reviewed, decided
 * and published without personal data, and its reward computed, approved by a second person and paid; the reporter's
 * identity is ciphertext in its column, absent from other roles' answers and readable, audited, for the tip-off
 * officer; an inspection's finding becomes a hazard; and the refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnforcementApiTest {

    static final String BASE = "/api/v1/enforcement";
    static final String AKTO = TestCallers.AKTO;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    final RequestPostProcessor admin = TestCallers.committeeAdmin();
    final RequestPostProcessor tipOfficer = TestCallers.as("tipoff-a-" + UUID.randomUUID().toString().substring(0, 6),
            RoleAssignment.ofUnit(UnitCode.of("EMB"), Role.TIP_OFF_OFFICER));
    final RequestPostProcessor secondTipOfficer = TestCallers.as("tipoff-b-"
            + UUID.randomUUID().toString().substring(0, 6), RoleAssignment.ofUnit(UnitCode.of("EMB"),
            Role.TIP_OFF_OFFICER));
    final RequestPostProcessor legalReviewer = TestCallers.as(TestCallers.typical(Role.LEGAL_REVIEWER));
    final String li = "inspector-li-" + UUID.randomUUID().toString().substring(0, 6);
    final String wang = "inspector-wang-" + UUID.randomUUID().toString().substring(0, 6);
    final RequestPostProcessor inspectorLi = TestCallers.as(li, RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
            JurisdictionCode.of(AKTO), Role.INSPECTOR));
    final RequestPostProcessor inspectorWang = TestCallers.as(wang, RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
            JurisdictionCode.of(AKTO), Role.INSPECTOR));
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    DataSource dataSource;
    @Autowired
    RegisterApiClient registerApiClient;

    @Test
    void an_anonymous_tip_off_becomes_a_hazard_and_a_dual_penalty_and_its_reward_is_approved_by_a_second_person() {
        UUID enterprise = enterprise();
        JsonNode tipOff = created(post(tipOfficer, "/tip-offs", null, Map.of("channel", "HOTLINE",
                "matter", "储罐区液位计长期不报警", "enterpriseId", enterprise, "insider", true)));
        UUID tipOffId = id(tipOff);
        assertThat(tipOff.get("anonymous").asBoolean()).isTrue();
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/acceptance", tipOff, Map.of()));
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/assignment", tipOff, Map.of("unit", "EMB")));
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/verification", tipOff,
                Map.of("result", "TRUE", "note", "现场核查属实")));
        JsonNode raised = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/hazard", tipOff, Map.of("location", "二号罐区",
                "description", "液位计未接入报警", "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"))));
        assertThat(raised.get("hazard").get("accepted").asBoolean()).isTrue();
        String hazardId = raised.get("hazard").get("hazardId").asString();
        tipOff = raised.get("tipOff");
        JsonNode hazard = ok(mvc.get().uri("/api/v1/hazards/" + hazardId).with(admin).exchange());
        assertThat(hazard.get("channel").asString()).isEqualTo("VERIFIED_TIP_OFF");

        JsonNode penaltyCase = created(post(admin, "/cases", null, Map.of("enterpriseId", enterprise,
                "origin", Map.of("kind", "TIP_OFF", "reference", tipOffId), "violation", "未采取措施消除重大事故隐患")));
        UUID caseId = id(penaltyCase);
        penaltyCase = ok(put(admin, "/cases/" + caseId + "/basis", penaltyCase, Map.of("articles", List.of("AQSCF-102"),
                "measures", List.of(
                        Map.of("kind", "FINE", "party", "UNIT", "fineFen", 5_000_000),
                        Map.of("kind", "SUSPENSION", "party", "UNIT", "detail", "停产停业整顿一个月"),
                        Map.of("kind", "FINE", "party", "RESPONSIBLE_PERSON", "fineFen", 6_000_000)),
                "responsiblePerson", "王某某")));
        assertThat(penaltyCase.get("dualPenalty").asBoolean()).isTrue();
        penaltyCase = ok(post(admin, "/cases/" + caseId + "/rights-notice", penaltyCase, Map.of("on", TODAY.toString())));

        MvcTestResult unreviewed = post(admin, "/cases/" + caseId + "/decision", penaltyCase,
                Map.of("on", TODAY.toString()));
        assertThat(unreviewed).hasStatus(409);
        assertThat(body(unreviewed).get("code").asString()).isEqualTo("enforcement.case.legal-review-required");
        assertThat(post(admin, "/cases/" + caseId + "/legal-review", penaltyCase,
                Map.of("approved", true, "opinion", "同意"))).hasStatus(403);
        penaltyCase = ok(post(legalReviewer, "/cases/" + caseId + "/legal-review", penaltyCase,
                Map.of("approved", true, "opinion", "事实清楚，证据确凿，适用依据正确，程序合法")));
        penaltyCase = ok(post(admin, "/cases/" + caseId + "/decision", penaltyCase, Map.of("on", TODAY.toString())));
        assertThat(penaltyCase.get("publicationDueOn").asString()).isNotBlank();
        ok(post(admin, "/cases/" + caseId + "/publication", penaltyCase, Map.of()));

        String published = text(mvc.get().uri(BASE + "/public-decisions").with(admin).exchange());
        assertThat(published).contains("《中华人民共和国安全生产法》第一百零二条", "停产整顿")
                .doesNotContain("王某某", "张三", "李四", "13800000000", "13900000000");

        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/outcome", tipOff, Map.of("caseId", caseId)));
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/reward", tipOff, Map.of("basis", "FINE")));
        assertThat(tipOff.get("rewardFen").asLong()).isEqualTo(1_650_000L);
        MvcTestResult sameApprover = post(tipOfficer, "/tip-offs/" + tipOffId + "/reward/approval", tipOff, Map.of());
        assertThat(sameApprover).hasStatus(409);
        assertThat(body(sameApprover).get("code").asString()).isEqualTo("enforcement.reward.four-eyes");
        tipOff = ok(post(secondTipOfficer, "/tip-offs/" + tipOffId + "/reward/approval", tipOff, Map.of()));
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/payment", tipOff,
                Map.of("paidOn", TODAY.toString(), "reference", "PZ-" + TODAY)));
        tipOff = ok(post(tipOfficer, "/tip-offs/" + tipOffId + "/closure", tipOff, Map.of()));
        assertThat(tipOff.get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void the_reporters_identity_is_ciphertext_at_rest_absent_for_other_roles_and_an_audited_read_for_the_officer() {
        UUID enterprise = enterprise();
        JsonNode tipOff = created(post(tipOfficer, "/tip-offs", null, Map.of("channel", "WEB", "matter", "夜间违规动火",
                "enterpriseId", enterprise, "reporterName", "赵举报", "reporterContact", "13712345678")));
        UUID tipOffId = id(tipOff);

        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, Object> row = jdbc.sql("SELECT reporter_ciphertext, reporter_key_id, document::text AS document "
                + "FROM enforcement.tip_off WHERE id = :id").param("id", tipOffId).query().singleRow();
        assertThat((String) row.get("reporter_ciphertext")).isNotBlank().doesNotContain("赵举报", "13712345678");
        assertThat((String) row.get("document")).doesNotContain("赵举报", "13712345678");

        for (RequestPostProcessor other : List.of(admin, TestCallers.auditor(), secondTipOfficer)) {
            String answer = text(mvc.get().uri(BASE + "/tip-offs/" + tipOffId).with(other).exchange());
            assertThat(answer).doesNotContain("赵举报", "13712345678");
        }
        String list = text(mvc.get().uri(BASE + "/tip-offs").with(admin).exchange());
        assertThat(list).doesNotContain("赵举报", "13712345678");
        assertThat(mvc.get().uri(BASE + "/tip-offs/" + tipOffId + "/reporter").with(admin)).hasStatus(403);
        assertThat(mvc.get().uri(BASE + "/tip-offs/" + tipOffId + "/reporter").with(TestCallers.auditor()))
                .hasStatus(403);

        JsonNode reporter = ok(mvc.get().uri(BASE + "/tip-offs/" + tipOffId + "/reporter").with(tipOfficer)
                .exchange());
        assertThat(reporter.get("name").asString()).isEqualTo("赵举报");
        assertThat(reporter.get("contact").asString()).isEqualTo("13712345678");
        List<Map<String, Object>> entries = jdbc.sql("SELECT action, change FROM audit.entry WHERE entity_type = "
                + "'TipOff' AND entity_id = :id ORDER BY sequence").param("id", tipOffId.toString()).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("tip-off.received",
                "tip-off.reporter-read");
        assertThat(entries.toString()).doesNotContain("赵举报", "13712345678");
    }

    @Test
    void a_bureaus_hotline_system_with_scope_tipoffs_report_reports_tip_offs_and_reads_or_handles_none() {
        UUID enterprise = enterprise();
        RequestPostProcessor hotline = TestCallers.bearer(TestCallers.accessToken(registerApiClient, mvc,
                DataScope.jurisdiction(JurisdictionCode.of(AKTO)), EnforcementPermissions.TIPOFFS_REPORT));

        JsonNode anonymous = created(post(hotline, "/tip-offs", null, Map.of("channel", "HOTLINE",
                "matter", "夜间违规动火", "enterpriseId", enterprise, "insider", true)));
        assertThat(anonymous.get("anonymous").asBoolean()).isTrue();
        assertThat(anonymous.get("insider").asBoolean()).isTrue();
        JsonNode unregistered = created(post(hotline, "/tip-offs", null, Map.of("channel", "HOTLINE",
                "matter", "无证储存烟花爆竹", "enterpriseName", "城郊某仓库", "jurisdiction", AKTO)));
        assertThat(unregistered.get("enterpriseName").asString()).isEqualTo("城郊某仓库");
        assertThat(unregistered.get("enterpriseId").isNull()).isTrue();
        assertThat(ok(mvc.get().uri(BASE + "/tip-offs/" + id(unregistered)).with(tipOfficer).exchange())
                .get("statusLabel").asString()).isEqualTo("已收到");

        assertThat(mvc.get().uri(BASE + "/tip-offs").with(hotline)).hasStatus(403);
        assertThat(mvc.get().uri(BASE + "/tip-offs/" + id(anonymous)).with(hotline)).hasStatus(403);
        assertThat(post(hotline, "/tip-offs/" + id(anonymous) + "/acceptance", anonymous, Map.of())).hasStatus(403);
        assertThat(post(hotline, "/tip-offs", null, Map.of("channel", "HOTLINE", "matter", "阿图什市某企业",
                "enterpriseName", "阿图什某厂", "jurisdiction", TestCallers.ARTUX))).hasStatus(403);
    }

    @Test
    void an_inspection_with_one_signature_cannot_be_closed_and_its_finding_becomes_a_supervisory_hazard() {
        UUID enterprise = enterprise();
        JsonNode inspection = created(post(inspectorLi, "/inspections", null, Map.of("enterpriseId", enterprise,
                "inspectedOn", TODAY.toString(), "method", "FOUR_NOS_TWO_STRAIGHTS", "inspectors", List.of(li, wang),
                "checklist", List.of(Map.of("code", "C1", "text", "液位计是否接入报警"),
                        Map.of("code", "C2", "text", "是否配备专职安全管理人员")))));
        UUID id = id(inspection);
        assertThat(inspection.get("methodLabel").asString()).isEqualTo("四不两直");
        inspection = ok(post(inspectorLi, "/inspections/" + id + "/items/C1", inspection, Map.of("mark", "FINDING",
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"), "note", "T-3 液位计未接入报警")));
        inspection = ok(post(inspectorWang, "/inspections/" + id + "/items/C2", inspection, Map.of("mark", "FINE")));
        JsonNode raised = ok(post(inspectorLi, "/inspections/" + id + "/items/C1/hazard", inspection,
                Map.of("location", "二号罐区")));
        assertThat(raised.get("hazard").get("accepted").asBoolean()).isTrue();
        inspection = raised.get("inspection");
        String hazardId = raised.get("hazard").get("hazardId").asString();
        assertThat(inspection.get("checklist").get(0).get("hazardId").asString()).isEqualTo(hazardId);
        JsonNode hazard = ok(mvc.get().uri("/api/v1/hazards/" + hazardId).with(admin).exchange());
        assertThat(hazard.get("channel").asString()).isEqualTo("SUPERVISORY_INSPECTION");
        assertThat(hazard.get("sourceReference").asString()).isEqualTo("JC-" + id);

        inspection = ok(post(inspectorLi, "/inspections/" + id + "/signatures", inspection, Map.of()));
        MvcTestResult oneSignature = post(inspectorLi, "/inspections/" + id + "/closure", inspection, Map.of());
        assertThat(oneSignature).hasStatus(409);
        assertThat(body(oneSignature).get("code").asString()).isEqualTo("enforcement.inspection.signatures-missing");
        MvcTestResult stale = post(inspectorWang, "/inspections/" + id + "/signatures", raised.get("inspection"),
                Map.of());
        assertThat(stale).hasStatus(412);
        inspection = ok(post(inspectorWang, "/inspections/" + id + "/signatures", inspection, Map.of()));
        inspection = ok(post(inspectorWang, "/inspections/" + id + "/closure", inspection, Map.of()));
        assertThat(inspection.get("closed").asBoolean()).isTrue();
        assertThat(inspection.get("signedBy")).hasSize(2);
    }

    @Test
    void a_decision_departing_from_the_task_24_proposal_without_a_reason_is_refused() {
        UUID enterprise = enterprise();
        JsonNode hazard = created(mvc.post().uri("/api/v1/hazards").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("enterpriseId", enterprise, "location", "二号罐区",
                        "description", "液位计未接入报警", "discoveredOn", TODAY.toString(),
                        "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-2026-1",
                        "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")))).exchange());
        String hazardId = hazard.get("id").asString();
        JsonNode proposal = ok(mvc.get().uri(BASE + "/penalty-proposals?hazardId=" + hazardId).with(admin).exchange());
        assertThat(proposal.get("outcome").asString()).isEqualTo("HEAVIER_PENALTY");
        assertThat(proposal.get("basis").asString()).isEqualTo("对不自查、不报告、迟迟不能完成整改的,从重处罚");
        assertThat(proposal.get("trace")).hasSize(2);

        JsonNode penaltyCase = created(post(admin, "/cases", null, Map.of("enterpriseId", enterprise,
                "origin", Map.of("kind", "HAZARD", "reference", hazardId), "violation", "未采取措施消除重大事故隐患")));
        MvcTestResult withoutReason = post(admin, "/cases/" + id(penaltyCase) + "/policy-decision", penaltyCase,
                Map.of("hazardId", hazardId, "decided", "ORDINARY_PENALTY"));
        assertThat(withoutReason).hasStatus(409);
        assertThat(body(withoutReason).get("code").asString())
                .isEqualTo("enforcement.penalty.departure-without-reason");
        JsonNode decided = ok(post(admin, "/cases/" + id(penaltyCase) + "/policy-decision", penaltyCase,
                Map.of("hazardId", hazardId, "decided", "ORDINARY_PENALTY", "reason", "检查当日已停产整改")));
        assertThat(decided.get("departureReason").asString()).isEqualTo("检查当日已停产整改");
        assertThat(decided.get("proposedOutcome").asString()).isEqualTo("HEAVIER_PENALTY");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private MvcTestResult post(RequestPostProcessor caller, String path, JsonNode current, Object body) {
        var request = mvc.post().uri(BASE + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (current != null) {
            request = request.header("If-Match", "\"" + current.get("version").asLong() + "\"");
        }
        return request.exchange();
    }

    private MvcTestResult put(RequestPostProcessor caller, String path, JsonNode current, Object body) {
        return mvc.put().uri(BASE + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + current.get("version").asLong() + "\"")
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private JsonNode ok(MvcTestResult result) {
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    private UUID enterprise() {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), creditCode(),
                new EnterpriseProfile("执法测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of(AKTO), IndustryCode.of("HAZARDOUS_CHEMICALS"), true, "阿克陶县测试路 1 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
        return enterprises.save(enterprise).id().value();
    }

    static UnifiedSocialCreditCode creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 6; i++) {
            code.append(random.nextInt(10));
        }
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        code.append(CODE_CHARACTERS.charAt(check == 31 ? 0 : check));
        return UnifiedSocialCreditCode.of(code.toString());
    }
}
