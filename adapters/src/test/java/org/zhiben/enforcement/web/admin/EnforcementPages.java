package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the enforcement page tests share: enterprises with random credit codes, cases arranged through the API, pages
 * read and forms posted as a signed-in user, and the check that a page shows no raw codes.
 */
final class EnforcementPages {

    static final String API = "/api/v1/enforcement";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    final MockMvcTester mvc;
    final EnterpriseStore enterprises;
    final JsonMapper json = JsonMapper.builder().build();

    EnforcementPages(MockMvcTester mvc, EnterpriseStore enterprises) {
        this.mvc = mvc;
        this.enterprises = enterprises;
    }

    /** A new enterprise of Akto with a random name and credit code. */
    Enterprise enterprise(String namePrefix) {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(), creditCode(), new EnterpriseProfile(
                namePrefix + UUID.randomUUID().toString().substring(0, 8), JurisdictionCode.of("653022"),
                IndustryCode.of("HAZARDOUS_CHEMICALS"), true, "阿克陶县测试路 3 号", new Person("张三", "13800000000", null),
                new Person("李四", "13900000000", null), StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }

    /** A case opened through the API. */
    JsonNode openCase(RequestPostProcessor caller, UUID enterprise, String originKind, UUID reference,
            String violation) {
        MvcTestResult result = mvc.post().uri(API + "/cases").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("enterpriseId", enterprise, "origin",
                        Map.of("kind", originKind, "reference", reference), "violation", violation)))
                .exchange();
        assertThat(result).hasStatus(201);
        return json.readTree(text(result));
    }

    /** A case through the API: its basis (a fine of 40,000 yuan on the unit: not major), notified and decided. */
    JsonNode decidedCase(RequestPostProcessor caller, UUID enterprise, LocalDate notifiedOn, LocalDate decidedOn) {
        JsonNode penaltyCase = openCase(caller, enterprise, "INSPECTION", UUID.randomUUID(), "未采取措施消除事故隐患");
        String id = penaltyCase.get("id").asString();
        penaltyCase = api(caller, "PUT", "/cases/" + id + "/basis", penaltyCase, Map.of("articles",
                List.of("AQSCF-102"), "measures", List.of(Map.of("kind", "FINE", "party", "UNIT",
                        "fineFen", 4_000_000))));
        penaltyCase = api(caller, "POST", "/cases/" + id + "/rights-notice", penaltyCase,
                Map.of("on", notifiedOn.toString()));
        return api(caller, "POST", "/cases/" + id + "/decision", penaltyCase, Map.of("on", decidedOn.toString()));
    }

    /** A major hazard of the enterprise found at a supervisory inspection, not reported by the enterprise. */
    UUID hazard(RequestPostProcessor caller, UUID enterprise) {
        MvcTestResult result = mvc.post().uri("/api/v1/hazards").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("enterpriseId", enterprise, "location", "罐区",
                        "description", "液位计未接入报警", "discoveredOn", TODAY.minusDays(3).toString(),
                        "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID(),
                        "levelPending", true)))
                .exchange();
        assertThat(result).hasStatus(201);
        return UUID.fromString(json.readTree(text(result)).get("id").asString());
    }

    /** A change through the API at the version of {@code current}; must be accepted. */
    JsonNode api(RequestPostProcessor caller, String method, String path, JsonNode current, Object body) {
        var request = "PUT".equals(method) ? mvc.put() : mvc.post();
        MvcTestResult result = request.uri(API + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + current.get("version").asLong() + "\"")
                .content(json.writeValueAsString(body)).exchange();
        assertThat(result).hasStatus(200);
        return json.readTree(text(result));
    }

    JsonNode apiGet(RequestPostProcessor caller, String path) {
        MvcTestResult result = mvc.get().uri(API + path).with(caller).exchange();
        assertThat(result).hasStatus(200);
        return json.readTree(text(result));
    }

    /** A page that must be shown, with no raw code in what the user reads. */
    String page(RequestPostProcessor caller, String path) {
        MvcTestResult result = mvc.get().uri(path).with(caller).exchange();
        assertThat(result).hasStatus(200);
        String html = text(result);
        assertThat(RawCodes.inHtml(html)).as("raw codes on " + path).isEmpty();
        return html;
    }

    /** A form posted as the caller, with the given fields. */
    MvcTestResult post(RequestPostProcessor caller, String path, Map<String, String> fields) {
        var request = mvc.post().uri(path).with(caller).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    /** A form that must be refused and shown again (200), with no raw code on it; its HTML. */
    String refused(RequestPostProcessor caller, String path, Map<String, String> fields) {
        MvcTestResult result = post(caller, path, fields);
        assertThat(result).hasStatus(200);
        String html = text(result);
        assertThat(RawCodes.inHtml(html)).as("raw codes on the refused form " + path).isEmpty();
        return html;
    }

    /** A form that must be accepted (a redirect); where it leads. */
    String accepted(RequestPostProcessor caller, String path, Map<String, String> fields) {
        MvcTestResult result = post(caller, path, fields);
        assertThat(result).as(text(result)).hasStatus(302);
        return result.getResponse().getRedirectedUrl();
    }

    static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
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
