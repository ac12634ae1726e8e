package org.zhiben.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The review list of responsibility tracing (责任倒查) through the API: "建立执法检查责任倒查机制" — a major hazard
 * registered at an enterprise within the 6-month window after an inspection that did not find it puts that inspection
 * on the list, side by side with the hazard; one registered after the window does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InspectionReviewListApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final String li = "review-li-" + UUID.randomUUID().toString().substring(0, 6);
    final String wang = "review-wang-" + UUID.randomUUID().toString().substring(0, 6);
    final RequestPostProcessor inspectorLi = TestCallers.as(li, RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
            JurisdictionCode.of(TestCallers.AKTO), Role.INSPECTOR));
    final RequestPostProcessor admin = TestCallers.committeeAdmin();
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    @Test
    void a_hazard_registered_within_the_window_after_an_inspection_that_missed_it_puts_it_on_the_review_list() {
        UUID recent = enterprise();
        UUID longAgo = enterprise();
        String withinWindow = inspection(recent, TODAY.minusMonths(2));
        String outsideWindow = inspection(longAgo, TODAY.minusMonths(7));
        String hazard = hazard(recent);
        hazard(longAgo);

        JsonNode list = json.readTree(text(mvc.get().uri("/api/v1/enforcement/inspections/review-list").with(admin)
                .exchange()));
        List<JsonNode> ours = list.valueStream().filter(r -> List.of(withinWindow, outsideWindow)
                .contains(r.get("inspectionId").asString())).toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("inspectionId").asString()).isEqualTo(withinWindow);
        assertThat(ours.get(0).toString()).contains(hazard);
    }

    private String inspection(UUID enterprise, LocalDate on) {
        MvcTestResult created = mvc.post().uri("/api/v1/enforcement/inspections").with(inspectorLi)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("enterpriseId",
                        enterprise, "inspectedOn", on.toString(), "method", "ROUTINE", "inspectors", List.of(li, wang),
                        "checklist", List.of(Map.of("code", "C1", "text", "液位计是否接入报警"))))).exchange();
        assertThat(created).hasStatus(201);
        return json.readTree(text(created)).get("id").asString();
    }

    private String hazard(UUID enterprise) {
        MvcTestResult created = mvc.post().uri("/api/v1/hazards").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("enterpriseId", enterprise, "location", "二号罐区",
                        "description", "液位计未接入报警", "discoveredOn", TODAY.toString(),
                        "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-REVIEW-1",
                        "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")))).exchange();
        assertThat(created).hasStatus(201);
        return json.readTree(text(created)).get("id").asString();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private UUID enterprise() {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(),
                org.zhiben.enterprises.UnifiedSocialCreditCode.of(org.zhiben.enterprises.web.TestCreditCodes.random()),
                new EnterpriseProfile("倒查测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of(TestCallers.AKTO), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                        "阿克陶县测试路 3 号", new Person("张三", "13800000000", null),
                        new Person("李四", "13900000000", null), StandardisationGrade.NONE,
                        EnterpriseStatus.OPERATING))).id().value();
    }
}
