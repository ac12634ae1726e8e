package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the hazard API shared by the tests; every test creates its own enterprises. */
final class HazardApiSupport {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();
    /**
     * A second officer of the committee office: verifies and writes off what {@link #ADMIN} reported, as the
     * separation-of-duties rule requires.
     */
    static final RequestPostProcessor SECOND_OFFICER = TestCallers.committeeAdmin();

    static final String BASE = "/api/v1/hazards";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final MockMvcTester mvc;
    private final EnterpriseStore enterprises;
    private final JsonMapper json = JsonMapper.builder().build();

    HazardApiSupport(MockMvcTester mvc, EnterpriseStore enterprises) {
        this.mvc = mvc;
        this.enterprises = enterprises;
    }

    /** A new enterprise with a random valid credit code. */
    UUID enterprise(String jurisdiction, String industry) {
        return enterprise(jurisdiction, industry, null, null);
    }

    /** A new enterprise whose principal and actual controller have the given e-mail addresses (null: none). */
    UUID enterprise(String jurisdiction, String industry, String principalEmail, String controllerEmail) {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), randomCreditCode(),
                new EnterpriseProfile("测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of(jurisdiction), IndustryCode.of(industry), true, "阿图什市测试路 1 号",
                        new Person("张三", "13800000000", principalEmail),
                        new Person("李四", "13900000000", controllerEmail),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
        return enterprises.save(enterprise).id().value();
    }

    static UnifiedSocialCreditCode randomCreditCode() {
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

    String toJson(Object body) {
        return json.writeValueAsString(body);
    }

    JsonNode read(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    MvcTestResult register(Map<String, Object> body, String idempotencyKey) {
        var request = mvc.post().uri(BASE).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(toJson(body));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    /** Registers a hazard that must be accepted, and returns it. */
    JsonNode registered(Map<String, Object> body) {
        MvcTestResult result = register(body, null);
        assertThat(result).hasStatus(201);
        return read(result);
    }

    /** A change with If-Match. */
    MvcTestResult change(String method, UUID hazard, String path, String ifMatch, Object body) {
        return change(ADMIN, method, hazard, path, ifMatch, body);
    }

    /** A change with If-Match, by the given caller. */
    MvcTestResult change(RequestPostProcessor caller, String method, UUID hazard, String path, String ifMatch,
                         Object body) {
        var request = switch (method) {
            case "PUT" -> mvc.put();
            case "DELETE" -> mvc.delete();
            default -> mvc.post();
        };
        var call = request.uri(BASE + "/" + hazard + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(body));
        if (ifMatch != null) {
            call = call.header("If-Match", ifMatch);
        }
        return call.exchange();
    }

    /** A change that must be accepted, at the given version; returns the changed hazard. */
    JsonNode changed(String method, UUID hazard, String path, long version, Object body) {
        return changed(ADMIN, method, hazard, path, version, body);
    }

    /** A change by the given caller that must be accepted, at the given version. */
    JsonNode changed(RequestPostProcessor caller, String method, UUID hazard, String path, long version, Object body) {
        MvcTestResult result = change(caller, method, hazard, path, "\"" + version + "\"", body);
        assertThat(result).hasStatusOk();
        assertThat(result).headers().hasValue("ETag", "\"" + (version + 1) + "\"");
        return read(result);
    }

    MvcTestResult upload(UUID hazard, String fileName, String contentType, byte[] content) {
        return mvc.post().uri(BASE + "/" + hazard + "/attachments").with(ADMIN).multipart()
                .file(new MockMultipartFile("file", fileName, contentType, content)).exchange();
    }

    JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(ADMIN).exchange();
        assertThat(result).hasStatusOk();
        return read(result);
    }

    /**
     * The enterprise's inbox once it holds at least {@code notices} notices (or after {@link Eventually#WAIT}): the
     * notices are stored by event listeners after the commit, on their own threads.
     */
    JsonNode inbox(UUID enterprise, int notices) {
        return Eventually.await(() -> get(BASE + "/notifications?enterpriseId=" + enterprise),
                inbox -> inbox.size() >= notices);
    }
}
