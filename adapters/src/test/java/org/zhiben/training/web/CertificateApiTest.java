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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Special-operation certificates (task 7: "全面落实特种作业人员持证上岗"): an enterprise's manager registers its own
 * workers' certificates (a number once); each is read with its state today — expired from the day after its expiry,
 * expiring within the lead time (60 days by default, another on request), valid before; the alert list holds the
 * expiring and the expired; the page reads them in Chinese.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateApiTest {

    static final String CERTIFICATES = "/api/v1/training/certificates";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    @Test
    void certificates_are_expired_expiring_within_the_lead_time_or_valid_and_the_alerts_list_the_first_two() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "持证测试化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";

        JsonNode expired = created(register(manager, enterprise, prefix + "1", TODAY.minusDays(1)));
        JsonNode expiring = created(register(manager, enterprise, prefix + "2", TODAY.plusDays(30)));
        JsonNode valid = created(register(manager, enterprise, prefix + "3", TODAY.plusDays(100)));
        assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("stateLabel").asString()).isEqualTo("已过期");
        assertThat(expiring.get("state").asString()).isEqualTo("EXPIRING");
        assertThat(valid.get("state").asString()).isEqualTo("VALID");
        assertThat(valid.get("maskedName").asString()).isEqualTo("孙**");

        assertThat(ids(mvc.get().uri(CERTIFICATES + "/alerts").with(manager).exchange()))
                .containsExactly(id(expired), id(expiring));
        assertThat(ids(mvc.get().uri(CERTIFICATES + "/alerts?leadDays=20").with(manager).exchange()))
                .containsExactly(id(expired));
        assertThat(ids(mvc.get().uri(CERTIFICATES + "/alerts?leadDays=120").with(manager).exchange()))
                .containsExactly(id(expired), id(expiring), id(valid));

        MvcTestResult taken = register(manager, enterprise, prefix + "1", TODAY.plusDays(500));
        assertThat(taken).hasStatus(409);
        assertThat(text(taken)).contains("training.certificate.number-taken");
        UUID other = TrainingFixtures.enterprise(enterprises, "持证测试化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        assertThat(register(manager, other, prefix + "4", TODAY.plusDays(500))).hasStatus(403);
        assertThat(ids(mvc.get().uri(CERTIFICATES).with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange()))
                .doesNotContain(id(valid));

        String page = text(mvc.get().uri("/training/certificates?alerts=true").with(manager).exchange());
        assertThat(page).contains("已过期", "即将到期", "焊接与热切割作业", "孙**（身份证尾号 0427）")
                .doesNotContain(prefix + "3");
        assertThat(RawCodes.inHtml(page)).isEmpty();
    }

    private MvcTestResult register(RequestPostProcessor caller, UUID enterprise, String number, LocalDate expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise.toString());
        body.put("holderName", "孙悟空");
        body.put("idLastDigits", "0427");
        body.put("operationType", "WELDING");
        body.put("number", number);
        body.put("issuedOn", expires.minusYears(6).toString());
        body.put("expiresOn", expires.toString());
        return mvc.post().uri(CERTIFICATES).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return json.readTree(text(result));
    }

    private List<String> ids(MvcTestResult result) {
        assertThat(result).hasStatus(200);
        return json.readTree(text(result)).valueStream().map(CertificateApiTest::id).toList();
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
