package org.zhiben.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import org.zhiben.identity.Role;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public notice (执法公示): “A decision is published on a page that needs no login … The page shows the enterprise
 * name, the credit code, the violation, the basis, the measures and the deciding unit. It shows no personal names,
 * phones or ID numbers. The same data is available as a feed.” A dual-penalty case is arranged through the API,
 * decided and published; the page and both feeds are then read without signing in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicDecisionPagesTest {

    static final String API = "/api/v1/enforcement";
    static final String PAGE = "/public/enforcement/decisions";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final String RESPONSIBLE_PERSON = "王某某";
    static final String PRINCIPAL = "张三";
    static final String PRINCIPAL_PHONE = "13800000000";
    static final String SAFETY_OFFICER = "李四";
    static final String SAFETY_OFFICER_PHONE = "13900000000";
    static final String PRINCIPAL_EMAIL = "zhangsan@example.cn";

    final RequestPostProcessor admin = TestCallers.committeeAdmin();
    final RequestPostProcessor legalReviewer = TestCallers.as(TestCallers.typical(Role.LEGAL_REVIEWER));
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MemberUnits units;

    String enterpriseName;
    String creditCode;
    String unitName;
    String violation;

    @BeforeEach
    void a_dual_penalty_is_decided_and_published() {
        creditCode = creditCode().value();
        enterpriseName = "公示测试企业" + UUID.randomUUID().toString().substring(0, 8);
        violation = "未采取措施消除重大事故隐患（" + org.zhiben.platform.testing.TestNames.letters() + "）";
        UUID enterprise = enterprises.save(Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(creditCode), new EnterpriseProfile(enterpriseName,
                        JurisdictionCode.of(TestCallers.AKTO), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿克陶县测试路 2 号", new Person(PRINCIPAL, PRINCIPAL_PHONE, PRINCIPAL_EMAIL),
                        new Person(SAFETY_OFFICER, SAFETY_OFFICER_PHONE, null), StandardisationGrade.NONE,
                        EnterpriseStatus.OPERATING))).id().value();
        JsonNode penaltyCase = created(post(admin, "/cases", null, Map.of("enterpriseId", enterprise,
                "origin", Map.of("kind", "INSPECTION", "reference", UUID.randomUUID()), "violation", violation)));
        String caseId = penaltyCase.get("id").asString();
        penaltyCase = ok(put(admin, "/cases/" + caseId + "/basis", penaltyCase, Map.of("articles",
                List.of("AQSCF-102"), "measures", List.of(
                        Map.of("kind", "FINE", "party", "UNIT", "fineFen", 5_000_000),
                        Map.of("kind", "SUSPENSION", "party", "UNIT", "detail", "停产停业整顿一个月"),
                        Map.of("kind", "FINE", "party", "RESPONSIBLE_PERSON", "fineFen", 6_000_050)),
                "responsiblePerson", RESPONSIBLE_PERSON)));
        assertThat(penaltyCase.get("dualPenalty").asBoolean()).isTrue();
        penaltyCase = ok(post(admin, "/cases/" + caseId + "/rights-notice", penaltyCase,
                Map.of("on", TODAY.toString())));
        penaltyCase = ok(post(legalReviewer, "/cases/" + caseId + "/legal-review", penaltyCase,
                Map.of("approved", true, "opinion", "事实清楚，证据确凿，适用依据正确，程序合法")));
        penaltyCase = ok(post(admin, "/cases/" + caseId + "/decision", penaltyCase, Map.of("on", TODAY.toString())));
        penaltyCase = ok(post(admin, "/cases/" + caseId + "/publication", penaltyCase, Map.of()));
        String unit = penaltyCase.get("decidingUnit").asString();
        unitName = units.findByCode(UnitCode.of(unit)).map(MemberUnit::name).orElseThrow();
        assertThat(unitName).isNotEqualTo(unit);
    }

    @Test
    void the_page_shows_the_published_decision_to_anyone_without_personal_data() {
        String page = pageShowing(enterpriseName);
        assertThat(page).contains("行政处罚决定公示", enterpriseName, creditCode, violation,
                "《中华人民共和国安全生产法》第一百零二条", "停产整顿", "停产停业整顿一个月", "50,000 元", "60,000.50 元",
                "责任人员", unitName, DateTimeFormatter.ofPattern("yyyy年M月d日").format(TODAY));
        assertThat(page).doesNotContain(RESPONSIBLE_PERSON, PRINCIPAL, PRINCIPAL_PHONE, SAFETY_OFFICER,
                SAFETY_OFFICER_PHONE, PRINCIPAL_EMAIL);
    }

    @Test
    void the_atom_feed_carries_the_same_data_to_anyone_without_personal_data() {
        String feed = pageShowing(enterpriseName, "/feed.atom");
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "<entry>", enterpriseName,
                creditCode, violation, "《中华人民共和国安全生产法》第一百零二条", "停产整顿", "50,000 元", unitName);
        assertThat(feed).doesNotContain(RESPONSIBLE_PERSON, PRINCIPAL, PRINCIPAL_PHONE, SAFETY_OFFICER,
                SAFETY_OFFICER_PHONE, PRINCIPAL_EMAIL);
    }

    @Test
    void the_json_feed_carries_the_same_data_to_anyone_without_personal_data() {
        String feed = pageShowing(enterpriseName, "/feed.json");
        JsonNode decision = null;
        LocalDate previous = LocalDate.MAX;
        for (JsonNode node : json.readTree(feed).get("decisions")) {
            LocalDate decidedOn = LocalDate.parse(node.get("decidedOn").asString());
            assertThat(decidedOn).as("newest decision first").isBeforeOrEqualTo(previous);
            previous = decidedOn;
            if (node.get("creditCode").asString().equals(creditCode)) {
                decision = node;
            }
        }
        assertThat(decision).as("the published decision is in the feed").isNotNull();
        assertThat(decision.get("enterpriseName").asString()).isEqualTo(enterpriseName);
        assertThat(decision.get("violation").asString()).isEqualTo(violation);
        assertThat(decision.get("decidingUnitName").asString()).isEqualTo(unitName);
        assertThat(decision.get("basis").toString()).contains("《中华人民共和国安全生产法》第一百零二条");
        assertThat(decision.get("measures").toString()).contains("停产整顿", "5000000");
        assertThat(feed).doesNotContain(RESPONSIBLE_PERSON, PRINCIPAL, PRINCIPAL_PHONE, SAFETY_OFFICER,
                SAFETY_OFFICER_PHONE, PRINCIPAL_EMAIL);
    }

    @Test
    void the_other_enforcement_endpoints_still_need_a_signed_in_caller() {
        assertThat(mvc.get().uri(API + "/public-decisions").exchange()).hasStatus(401);
        assertThat(mvc.get().uri(API + "/cases").exchange()).hasStatus(401);
        assertThat(mvc.get().uri(API + "/tip-offs").exchange()).hasStatus(401);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** The page of the notice (or of a feed) that shows the text, read without signing in, page after page. */
    private String pageShowing(String text, String... feed) {
        String path = PAGE + (feed.length == 0 ? "" : feed[0]);
        for (int page = 0; page < 100; page++) {
            MvcTestResult result = mvc.get().uri(path + "?page=" + page).exchange();
            assertThat(result).hasStatusOk();
            if (path.endsWith(".atom")) {
                assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
            }
            String body = text(result);
            if (body.contains(text)) {
                return body;
            }
        }
        throw new AssertionError(text + " is on no page of " + path);
    }

    private MvcTestResult post(RequestPostProcessor caller, String path, JsonNode current, Object body) {
        var request = mvc.post().uri(API + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (current != null) {
            request = request.header("If-Match", "\"" + current.get("version").asLong() + "\"");
        }
        return request.exchange();
    }

    private MvcTestResult put(RequestPostProcessor caller, String path, JsonNode current, Object body) {
        return mvc.put().uri(API + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + current.get("version").asLong() + "\"")
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return json.readTree(text(result));
    }

    private JsonNode ok(MvcTestResult result) {
        assertThat(result).hasStatus(200);
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static UnifiedSocialCreditCode creditCode() {
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
