package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.TrainingFixtures;
import org.zhiben.training.storage.ReexamFlags;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "主要负责人、安全生产管理人员未依法经考核合格" is clause 1 of the chemicals standard (CHEM-2017) and of the fireworks one
 * (FIREWORKS-2017): a principal flagged after failing the exam at an inspection whose re-examination was failed, or
 * whose deadline passed without a pass, is registered as a major hazard through the hazards module's intake with
 * that clause pre-selected, and the change is audited with the flag. A principal still within the deadline, one who
 * passed, or one of an enterprise whose industry no standard lists it for is refused with a problem in the caller's
 * language; a flag outside the caller's scope does not exist for them; an enterprise manager may not register it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnqualifiedPrincipalHazardApiTest {

    static final String FLAGS = "/api/v1/training/reexaminations";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    ReexamFlags flags;

    @Test
    void an_overdue_principal_of_a_chemicals_enterprise_is_registered_as_a_major_hazard_under_clause_1() {
        Enterprise enterprise = TrainingFixtures.enterprise(enterprises, "未考核合格测试化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        ReexamFlag overdue = flag(enterprise, TODAY.minusDays(40));
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        MvcTestResult registered = mvc.post().uri(FLAGS + "/" + overdue.id() + "/major-hazard").with(county)
                .contentType(MediaType.APPLICATION_JSON).content("{\"location\":\"企业安全管理部门\"}").exchange();
        assertThat(registered).hasStatusOk();
        JsonNode answer = body(registered);
        assertThat(answer.get("accepted").asBoolean()).isTrue();
        assertThat(answer.get("standardCode").asString()).isEqualTo("CHEM-2017");
        assertThat(answer.get("clauseNumber").asString()).isEqualTo("1");
        String hazard = answer.get("hazardId").asString();
        assertThat(answer.get("hazardLink").asString()).isEqualTo("/hazards/" + hazard);

        JsonNode stored = body(mvc.get().uri("/api/v1/hazards/" + hazard).with(county).exchange());
        assertThat(stored.get("enterpriseId").asString()).isEqualTo(enterprise.id().value().toString());
        assertThat(stored.get("clause").get("standardCode").asString()).isEqualTo("CHEM-2017");
        assertThat(stored.get("clause").get("clauseNumber").asString()).isEqualTo("1");
        assertThat(stored.get("channel").asString()).isEqualTo("SUPERVISORY_INSPECTION");
        assertThat(stored.get("location").asString()).isEqualTo("企业安全管理部门");
        assertThat(stored.get("description").asString()).contains("主要负责人未依法经考核合格", "45 分", "未补考合格");

        String audit = text(mvc.get().uri("/api/v1/audit/entries?entityType=ReexamFlag&entityId=" + overdue.id())
                .with(TestCallers.auditor()).exchange());
        assertThat(audit).contains("reexam-flag.hazard-reported").contains(hazard);
    }

    @Test
    void a_principal_who_failed_the_reexamination_is_registered_under_clause_1_of_the_fireworks_standard() {
        Enterprise enterprise = TrainingFixtures.enterprise(enterprises, "未考核合格测试烟花", TestCallers.AKTO,
                "FIREWORKS", true);
        ReexamFlag failed = flag(enterprise, TODAY.minusDays(10));
        failed.reexamined(TODAY.minusDays(2), false);
        flags.save(failed);

        JsonNode answer = body(mvc.post().uri(FLAGS + "/" + failed.id() + "/major-hazard")
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(answer.get("accepted").asBoolean()).isTrue();
        assertThat(answer.get("standardCode").asString()).isEqualTo("FIREWORKS-2017");
        assertThat(answer.get("clauseNumber").asString()).isEqualTo("1");
        JsonNode stored = body(mvc.get().uri(answer.get("hazardLink").asString().replace("/hazards/",
                "/api/v1/hazards/")).with(TestCallers.committeeAdmin()).exchange());
        assertThat(stored.get("description").asString()).contains("补考仍不合格");
    }

    @Test
    void a_principal_within_the_deadline_or_passed_or_of_an_unlisted_industry_or_out_of_scope_is_refused() {
        Enterprise chemicals = TrainingFixtures.enterprise(enterprises, "未考核合格测试化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        ReexamFlag pending = flag(chemicals, TODAY.minusDays(5));
        MvcTestResult stillInTime = mvc.post().uri(FLAGS + "/" + pending.id() + "/major-hazard").with(county)
                .header("Accept-Language", "zh-CN").exchange();
        assertThat(stillInTime).hasStatus(409);
        assertThat(stillInTime.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(text(stillInTime)).contains("training.hazard.reexam-pending").contains("尚在补考期限内");

        ReexamFlag passed = flag(chemicals, TODAY.minusDays(40));
        passed.reexamined(TODAY.minusDays(1), true);
        flags.save(passed);
        MvcTestResult cleared = mvc.post().uri(FLAGS + "/" + passed.id() + "/major-hazard").with(county)
                .header("Accept-Language", "en").exchange();
        assertThat(cleared).hasStatus(409);
        assertThat(text(cleared)).contains("training.hazard.reexam-passed").contains("passed the re-examination");

        Enterprise mine = TrainingFixtures.enterprise(enterprises, "未考核合格测试矿山", TestCallers.AKTO, "MINES", true);
        ReexamFlag unlisted = flag(mine, TODAY.minusDays(40));
        MvcTestResult noClause = mvc.post().uri(FLAGS + "/" + unlisted.id() + "/major-hazard").with(county).exchange();
        assertThat(noClause).hasStatus(409);
        assertThat(text(noClause)).contains("training.hazard.no-listed-clause");

        ReexamFlag overdue = flag(chemicals, TODAY.minusDays(40));
        assertThat(mvc.post().uri(FLAGS + "/" + overdue.id() + "/major-hazard")
                .with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange()).hasStatus(404);
        assertThat(mvc.post().uri(FLAGS + "/" + overdue.id() + "/major-hazard")
                .with(TestCallers.as(RoleAssignment.enterpriseManager(chemicals.id().value()))).exchange())
                .hasStatus(403);
        assertThat(text(mvc.get().uri("/api/v1/audit/entries?entityType=ReexamFlag&entityId=" + overdue.id())
                .with(TestCallers.auditor()).exchange())).doesNotContain("reexam-flag.hazard-reported");
    }

    /** A principal of the enterprise who failed the exam (45 points) at an inspection on {@code failedOn}. */
    private ReexamFlag flag(Enterprise enterprise, LocalDate failedOn) {
        ReexamFlag flag = ReexamFlag.raise(ReexamFlagId.newId(), enterprise.id().value(), enterprise.jurisdiction(),
                enterprise.industry(), UUID.randomUUID(), failedOn, 45, 30);
        return flag.asStored(flags.save(flag));
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
