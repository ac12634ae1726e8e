package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Task 5: "严肃查处企业主要负责人代培代考或缺考行为" — a county reports a suspected proxy exam; enforcement opens a penalty
 * case for it through its declared intake, with the report as its origin; the report and the case are audited together;
 * an enterprise's manager may not report, and an enterprise outside the caller's scope is refused with nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MisconductApiTest {

    static final String REPORTS = "/api/v1/training/misconduct-reports";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_suspected_proxy_exam_becomes_a_penalty_case_of_enforcement_with_the_report_as_its_origin() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "代考测试矿业", TestCallers.AKTO, "MINES", true)
                .id().value();
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        MvcTestResult reported = post(county, enterprise, "PROXY_EXAM");
        assertThat(reported).hasStatus(201);
        JsonNode report = body(reported);
        assertThat(report.get("kindLabel").asString()).isEqualTo("代考");
        String caseId = report.get("penaltyCaseId").asString();

        JsonNode penaltyCase = body(mvc.get().uri("/api/v1/enforcement/cases/" + caseId).with(county).exchange());
        assertThat(penaltyCase.get("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(penaltyCase.toString()).contains("TRAINING_MISCONDUCT", report.get("id").asString(),
                "企业主要负责人代考：考试时由他人代为作答");
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE entity_id IN (?, ?) ORDER BY sequence",
                String.class, report.get("id").asString(), caseId))
                .containsExactlyInAnyOrder("penalty-case.opened", "misconduct.reported");
        assertThat(body(mvc.get().uri(REPORTS).with(county).exchange()).valueStream()
                .map(r -> r.get("id").asString())).contains(report.get("id").asString());
    }

    @Test
    void an_enterprise_manager_may_not_report_and_an_enterprise_outside_the_scope_is_refused_with_nothing_stored() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "代考测试矿业", TestCallers.AKTO, "MINES", true)
                .id().value();
        assertThat(post(TestCallers.as(RoleAssignment.enterpriseManager(enterprise)), enterprise, "NO_SHOW"))
                .hasStatus(403);
        assertThat(post(TestCallers.countyOfficer(TestCallers.ARTUX), enterprise, "NO_SHOW")).hasStatus(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM training.misconduct_report WHERE enterprise_id = ?",
                Long.class, enterprise)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enforcement.penalty_case WHERE enterprise_id = ?",
                Long.class, enterprise)).isZero();
    }

    private MvcTestResult post(RequestPostProcessor caller, UUID enterprise, String kind) {
        return mvc.post().uri(REPORTS).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("enterpriseId", enterprise.toString(), "kind", kind,
                        "occurredOn", TODAY.toString(), "description", "考试时由他人代为作答"))).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
