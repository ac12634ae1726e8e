package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training records API: a county records a principal's training and reads it back masked; an enterprise's
 * manager records its own staff and nobody else's; records outside a caller's scope do not exist for them; bad input
 * is a problem naming the field; every record is in the audit trail without personal data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingApiTest {

    static final String RECORDS = "/api/v1/training/records";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_county_records_a_principals_training_which_is_kept_masked_read_back_and_audited_without_the_name() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "培训测试矿业", TestCallers.AKTO, "MINES", true)
                .id().value();
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        MvcTestResult created = post(county, request("王小明", "PRINCIPAL", enterprise));
        assertThat(created).hasStatus(201);
        JsonNode record = body(created);
        assertThat(record.get("maskedName").asString()).isEqualTo("王**");
        assertThat(record.get("idLastDigits").asString()).isEqualTo("031X");
        assertThat(record.get("roleLabel").asString()).isEqualTo("企业主要负责人");
        assertThat(record.get("jurisdiction").asString()).isEqualTo(TestCallers.AKTO);
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
        String id = record.get("id").asString();

        MvcTestResult read = mvc.get().uri(RECORDS + "/" + id).with(county).exchange();
        assertThat(read).hasStatus(200);
        assertThat(body(read).get("course").asString()).isEqualTo("矿山企业主要负责人安全生产知识培训");
        assertThat(text(mvc.get().uri(RECORDS).with(TestCallers.committeeAdmin()).exchange())).contains(id);
        assertThat(jdbc.queryForList("SELECT masked_name FROM training.training_record WHERE id = ?::uuid",
                String.class, id)).containsExactly("王**");

        assertThat(jdbc.queryForList("SELECT action || ' ' || change FROM audit.entry WHERE entity_type = "
                + "'TrainingRecord' AND entity_id = ?", String.class, id)).singleElement().asString()
                .startsWith("training-record.recorded role=PRINCIPAL;enterprise=" + enterprise)
                .doesNotContain("王", "031X");
    }

    @Test
    void an_enterprise_manager_records_its_own_staff_and_is_refused_another_enterprise_whose_records_it_cannot_see() {
        UUID own = TrainingFixtures.enterprise(enterprises, "培训测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS", true)
                .id().value();
        UUID other = TrainingFixtures.enterprise(enterprises, "培训测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own));

        assertThat(post(manager, request("李四", "HIGH_RISK_STAFF", own))).hasStatus(201);
        assertThat(post(manager, request("李四", "HIGH_RISK_STAFF", other))).hasStatus(403);

        MvcTestResult othersRecord = post(TestCallers.committeeAdmin(), request("赵六", "SAFETY_MANAGER", other));
        String othersId = body(othersRecord).get("id").asString();
        assertThat(mvc.get().uri(RECORDS + "/" + othersId).with(manager).exchange()).hasStatus(404);
        JsonNode list = body(mvc.get().uri(RECORDS).with(manager).exchange());
        assertThat(list.valueStream().map(r -> r.get("enterpriseId").asString())).containsOnly(own.toString());
    }

    @Test
    void a_leading_cadre_is_recorded_with_the_unit_and_jurisdiction_and_bad_input_is_a_problem_naming_the_field() {
        Map<String, Object> cadre = request("周九", "LEADING_CADRE", null);
        cadre.put("unitName", "阿克陶县人民政府");
        cadre.put("jurisdiction", TestCallers.AKTO);
        MvcTestResult created = post(TestCallers.countyOfficer(TestCallers.AKTO), cadre);
        assertThat(created).hasStatus(201);
        assertThat(body(created).get("unitName").asString()).isEqualTo("阿克陶县人民政府");
        cadre.put("jurisdiction", TestCallers.ARTUX);
        assertThat(post(TestCallers.countyOfficer(TestCallers.AKTO), cadre)).hasStatus(403);

        UUID enterprise = TrainingFixtures.enterprise(enterprises, "培训测试商贸", TestCallers.AKTO, "COMMERCE_RETAIL",
                false).id().value();
        MvcTestResult notHighRisk = post(TestCallers.committeeAdmin(), request("钱七", "HIGH_RISK_STAFF", enterprise));
        assertThat(notHighRisk).hasStatus(409);
        assertThat(body(notHighRisk).get("code").asString()).isEqualTo("training.record.not-high-risk");

        Map<String, Object> badDigits = request("钱七", "PRINCIPAL", enterprise);
        badDigits.put("idLastDigits", "12");
        MvcTestResult invalid = post(TestCallers.committeeAdmin(), badDigits);
        assertThat(invalid).hasStatus(400);
        assertThat(invalid.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(text(invalid)).contains("idLastDigits", "training.trainee.id-digits-invalid");
        Map<String, Object> ahead = request("钱七", "PRINCIPAL", enterprise);
        ahead.put("endedOn", TODAY.plusDays(1).toString());
        assertThat(post(TestCallers.committeeAdmin(), ahead)).hasStatus(400);
        assertThat(post(TestCallers.auditor(), request("钱七", "PRINCIPAL", enterprise))).hasStatus(403);
    }

    static Map<String, Object> request(String name, String role, UUID enterprise) {
        Map<String, Object> request = new HashMap<>();
        request.put("name", name);
        request.put("idLastDigits", "031x");
        request.put("role", role);
        if (enterprise != null) {
            request.put("enterpriseId", enterprise.toString());
        }
        request.put("course", "矿山企业主要负责人安全生产知识培训");
        request.put("provider", "克州安全生产培训中心");
        request.put("startedOn", TODAY.minusDays(5).toString());
        request.put("endedOn", TODAY.minusDays(1).toString());
        request.put("hours", 48);
        request.put("exam", "PASSED");
        return request;
    }

    private MvcTestResult post(RequestPostProcessor caller, Map<String, Object> body) {
        return mvc.post().uri(RECORDS).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
