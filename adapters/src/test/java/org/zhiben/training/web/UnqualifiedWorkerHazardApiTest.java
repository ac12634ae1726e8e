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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "特种作业人员未持证上岗" is clause 2 of the chemicals standard (CHEM-2017) and of the fireworks one: the holder of an
 * expired certificate is registered as a major hazard of the enterprise through the hazards module's intake, with that
 * clause pre-selected, and the change is audited; a certificate still valid, or an enterprise whose industry no
 * standard lists it for, is refused with a problem in the caller's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnqualifiedWorkerHazardApiTest {

    static final String CERTIFICATES = "/api/v1/training/certificates";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    @Test
    void the_holder_of_an_expired_certificate_is_registered_as_a_major_hazard_under_clause_2() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "未持证测试化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor officer = TestCallers.countyOfficer(TestCallers.AKTO);
        String prefix = "U" + TestNames.letters() + "-";
        String expired = id(register(officer, enterprise, prefix + "1", TODAY.minusDays(1)));
        String valid = id(register(officer, enterprise, prefix + "2", TODAY.plusDays(200)));

        MvcTestResult registered = mvc.post().uri(CERTIFICATES + "/" + expired + "/major-hazard").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"location\":\"二号罐区\"}").exchange();
        assertThat(registered).hasStatusOk();
        JsonNode answer = json.readTree(text(registered));
        assertThat(answer.get("accepted").asBoolean()).isTrue();
        assertThat(answer.get("standardCode").asString()).isEqualTo("CHEM-2017");
        assertThat(answer.get("clauseNumber").asString()).isEqualTo("2");
        String hazard = answer.get("hazardId").asString();
        assertThat(answer.get("hazardLink").asString()).isEqualTo("/hazards/" + hazard);

        JsonNode stored = json.readTree(text(mvc.get().uri("/api/v1/hazards/" + hazard).with(officer).exchange()));
        assertThat(stored.get("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(stored.get("clause").get("standardCode").asString()).isEqualTo("CHEM-2017");
        assertThat(stored.get("clause").get("clauseNumber").asString()).isEqualTo("2");
        assertThat(stored.get("location").asString()).isEqualTo("二号罐区");
        assertThat(stored.get("description").asString()).contains("特种作业人员未持证上岗", "孙**", prefix + "1");

        String audit = text(mvc.get().uri("/api/v1/audit/entries?entityType=SpecialOperationCertificate&entityId="
                + expired).with(TestCallers.auditor()).exchange());
        assertThat(audit).contains("certificate.hazard-reported").contains(hazard);

        MvcTestResult stillValid = mvc.post().uri(CERTIFICATES + "/" + valid + "/major-hazard").with(officer)
                .header("Accept-Language", "zh-CN").exchange();
        assertThat(stillValid).hasStatus(409);
        assertThat(text(stillValid)).contains("training.hazard.certificate-not-expired").contains("尚在有效期内");

        UUID mine = TrainingFixtures.enterprise(enterprises, "未持证测试矿山", TestCallers.AKTO, "MINES", true).id()
                .value();
        String mineCertificate = id(register(officer, mine, prefix + "3", TODAY.minusDays(3)));
        MvcTestResult unlisted = mvc.post().uri(CERTIFICATES + "/" + mineCertificate + "/major-hazard")
                .with(officer).header("Accept-Language", "en").exchange();
        assertThat(unlisted).hasStatus(409);
        assertThat(text(unlisted)).contains("training.hazard.no-listed-clause").contains("does not list this case");
        assertThat(mvc.post().uri(CERTIFICATES + "/" + expired + "/major-hazard")
                .with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange()).hasStatus(404);
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

    private String id(MvcTestResult created) {
        assertThat(created).hasStatus(201);
        return json.readTree(text(created)).get("id").asString();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
