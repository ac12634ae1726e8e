package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correcting training records and special-operation certificates through the API: a change names the version it was
 * made against (If-Match; 428 without, 412 when stale, and nothing changes), gives its reason, stays inside the
 * caller's data scope (an enterprise manager corrects its own enterprise's only; another's does not exist for it),
 * is validated like a new record (problem details naming the field) and is audited with who, when and why.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingEditApiTest {

    static final String RECORDS = "/api/v1/training/records";
    static final String CERTIFICATES = "/api/v1/training/certificates";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_enterprise_manager_corrects_its_own_record_at_the_version_read_giving_the_reason_which_is_audited() {
        UUID own = TrainingFixtures.enterprise(enterprises, "更正测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        String username = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor manager = TestCallers.as(username, RoleAssignment.enterpriseManager(own));
        MvcTestResult created = post(manager, RECORDS, TrainingApiTest.request("王小明", "PRINCIPAL", own));
        assertThat(created).hasStatus(201);
        String id = body(created).get("id").asString();

        Map<String, Object> correction = revision("FAILED", "考试成绩登记错误，以考试机构成绩单为准");
        MvcTestResult revised = put(manager, RECORDS + "/" + id, "\"0\"", correction);
        assertThat(revised).hasStatus(200);
        assertThat(revised.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(revised).get("exam").asString()).isEqualTo("FAILED");
        assertThat(body(revised).get("hours").asInt()).isEqualTo(56);
        assertThat(body(revised).get("enterpriseId").asString()).isEqualTo(own.toString());
        assertThat(body(mvc.get().uri(RECORDS + "/" + id).with(manager).exchange()).get("exam").asString())
                .isEqualTo("FAILED");

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT username, reason, change, at FROM audit.entry "
                + "WHERE entity_type = 'TrainingRecord' AND entity_id = ? AND action = 'training-record.revised'", id);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.get("username")).isEqualTo(username);
            assertThat(entry.get("reason")).isEqualTo("考试成绩登记错误，以考试机构成绩单为准");
            assertThat(entry.get("change").toString()).contains("exam=PASSED->FAILED", "hours=48->56")
                    .doesNotContain("王", "031X");
            assertThat(entry.get("at")).isNotNull();
        });

        MvcTestResult stale = put(manager, RECORDS + "/" + id, "\"0\"", revision("PASSED", "再次更正"));
        assertThat(stale).hasStatus(412);
        assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(put(manager, RECORDS + "/" + id, null, revision("PASSED", "再次更正"))).hasStatus(428);
        assertThat(body(mvc.get().uri(RECORDS + "/" + id).with(manager).exchange()).get("exam").asString())
                .isEqualTo("FAILED");
    }

    @Test
    void another_enterprises_record_does_not_exist_for_a_manager_a_reader_may_not_correct_and_bad_input_names_the_field() {
        UUID own = TrainingFixtures.enterprise(enterprises, "更正测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        UUID other = TrainingFixtures.enterprise(enterprises, "更正测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        String othersRecord = body(post(TestCallers.committeeAdmin(), RECORDS,
                TrainingApiTest.request("赵六", "SAFETY_MANAGER", other))).get("id").asString();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        assertThat(put(manager, RECORDS + "/" + othersRecord, "\"0\"", revision("FAILED", "更正"))).hasStatus(404);
        assertThat(put(TestCallers.countyOfficer(TestCallers.ARTUX), RECORDS + "/" + othersRecord, "\"0\"",
                revision("FAILED", "更正"))).hasStatus(404);
        assertThat(put(TestCallers.auditor(), RECORDS + "/" + othersRecord, "\"0\"", revision("FAILED", "更正")))
                .hasStatus(403);

        RequestPostProcessor admin = TestCallers.committeeAdmin();
        MvcTestResult noReason = put(admin, RECORDS + "/" + othersRecord, "\"0\"", revision("FAILED", " "));
        assertThat(noReason).hasStatus(400);
        assertThat(noReason.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(text(noReason)).contains("reason", "validation.required");
        Map<String, Object> badHours = revision("PASSED", "学时更正");
        badHours.put("hours", 0);
        MvcTestResult invalid = put(admin, RECORDS + "/" + othersRecord, "\"0\"", badHours);
        assertThat(invalid).hasStatus(400);
        assertThat(text(invalid)).contains("hours", "training.record.hours-invalid");
        Map<String, Object> toCadre = revision("PASSED", "人员类别更正");
        toCadre.put("role", "LEADING_CADRE");
        assertThat(text(put(admin, RECORDS + "/" + othersRecord, "\"0\"", toCadre)))
                .contains("training.record.enterprise-not-for-role");
        assertThat(jdbc.queryForObject("SELECT version FROM training.training_record WHERE id = ?::uuid", Long.class,
                othersRecord)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE entity_id = ? AND action = "
                + "'training-record.revised'", Long.class, othersRecord)).isZero();
    }

    @Test
    void a_certificate_is_corrected_at_the_version_read_with_the_reason_audited_and_stays_inside_the_scope() {
        UUID own = TrainingFixtures.enterprise(enterprises, "更正测试烟花", TestCallers.AKTO, "FIREWORKS", true).id()
                .value();
        UUID other = TrainingFixtures.enterprise(enterprises, "更正测试烟花", TestCallers.AKTO, "FIREWORKS", true).id()
                .value();
        String username = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor manager = TestCallers.as(username, RoleAssignment.enterpriseManager(own));
        String prefix = "E" + TestNames.letters() + "-";
        String id = body(post(manager, CERTIFICATES, certificate(own, prefix + "1", TODAY.minusDays(2))))
                .get("id").asString();
        String taken = prefix + "2";
        post(TestCallers.committeeAdmin(), CERTIFICATES, certificate(other, taken, TODAY.plusYears(2)));
        String othersId = body(mvc.get().uri(CERTIFICATES).with(TestCallers.committeeAdmin()).exchange())
                .valueStream().filter(c -> c.get("number").asString().equals(taken)).findFirst().orElseThrow()
                .get("id").asString();

        Map<String, Object> renewed = certificate(own, prefix + "1R", TODAY.plusYears(6).minusDays(2));
        renewed.remove("enterpriseId");
        renewed.put("issuedOn", TODAY.minusDays(2).toString());
        renewed.put("reason", "复审换证，更新证号和有效期");
        MvcTestResult revised = put(manager, CERTIFICATES + "/" + id, "\"0\"", renewed);
        assertThat(revised).hasStatus(200);
        assertThat(revised.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(revised).get("number").asString()).isEqualTo(prefix + "1R");
        assertThat(body(revised).get("state").asString()).isEqualTo("VALID");
        assertThat(jdbc.queryForList("SELECT username || '|' || reason || '|' || change FROM audit.entry WHERE "
                + "entity_type = 'SpecialOperationCertificate' AND entity_id = ? AND action = 'certificate.revised'",
                String.class, id)).singleElement().asString()
                .startsWith(username + "|复审换证，更新证号和有效期|")
                .contains("number=" + prefix + "1->" + prefix + "1R", "expiresOn=" + TODAY.minusDays(2) + "->");

        assertThat(put(manager, CERTIFICATES + "/" + id, "\"0\"", renewed)).hasStatus(412);
        assertThat(put(manager, CERTIFICATES + "/" + id, null, renewed)).hasStatus(428);
        assertThat(put(manager, CERTIFICATES + "/" + othersId, "\"0\"", renewed)).hasStatus(404);
        assertThat(put(TestCallers.auditor(), CERTIFICATES + "/" + id, "\"1\"", renewed)).hasStatus(403);

        Map<String, Object> duplicate = new HashMap<>(renewed);
        duplicate.put("number", taken);
        MvcTestResult numberTaken = put(manager, CERTIFICATES + "/" + id, "\"1\"", duplicate);
        assertThat(numberTaken).hasStatus(409);
        assertThat(text(numberTaken)).contains("training.certificate.number-taken");
        Map<String, Object> reversed = new HashMap<>(renewed);
        reversed.put("expiresOn", TODAY.minusYears(1).toString());
        MvcTestResult invalid = put(manager, CERTIFICATES + "/" + id, "\"1\"", reversed);
        assertThat(invalid).hasStatus(400);
        assertThat(invalid.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(text(invalid)).contains("expiresOn", "training.certificate.expiry-before-issue");
        Map<String, Object> noReason = new HashMap<>(renewed);
        noReason.remove("reason");
        assertThat(text(put(manager, CERTIFICATES + "/" + id, "\"1\"", noReason))).contains("reason");
        assertThat(body(mvc.get().uri(CERTIFICATES + "/" + id).with(manager).exchange()).get("version").asLong())
                .isEqualTo(1);
    }

    static Map<String, Object> revision(String exam, String reason) {
        Map<String, Object> request = TrainingApiTest.request("王小明", "PRINCIPAL", null);
        request.put("exam", exam);
        request.put("hours", 56);
        request.put("reason", reason);
        return request;
    }

    static Map<String, Object> certificate(UUID enterprise, String number, LocalDate expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise.toString());
        body.put("holderName", "孙悟空");
        body.put("idLastDigits", "0427");
        body.put("operationType", "WELDING");
        body.put("number", number);
        body.put("issuedOn", expires.minusYears(6).toString());
        body.put("expiresOn", expires.toString());
        return body;
    }

    private MvcTestResult post(RequestPostProcessor caller, String uri, Map<String, Object> body) {
        return mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).exchange();
    }

    private MvcTestResult put(RequestPostProcessor caller, String uri, String ifMatch, Map<String, Object> body) {
        var request = mvc.put().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
