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
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's yearly focus groups (task 4) as served: the five groups in the plan's words; a hospital registered with
 * its grade and fire-safety head through the enterprises API falls under the 2024 hospital group; its coverage counts
 * the fire-safety head's passed training of the year, within the caller's data scope, and lists the untrained.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FocusGroupCoverageApiTest {

    static final String GROUPS = "/api/v1/training/focus-groups";
    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_five_focus_groups_of_the_plan_are_served_by_year_in_the_plans_words() {
        JsonNode groups = body(mvc.get().uri(GROUPS).with(TestCallers.auditor()).exchange());

        assertThat(groups.valueStream().map(g -> g.get("year").asInt() + " " + g.get("name").asString()))
                .containsExactly("2024 二级三级医院消防安全责任人", "2024 矿山、燃气企业主要负责人",
                        "2025 重点文物保护等单位消防安全责任人", "2025 金属冶炼企业主要负责人",
                        "2026 大型商业综合体消防安全责任人");
        JsonNode mines = groups.valueStream().filter(g -> g.get("code").asString().equals("2024-mine-gas-principals"))
                .findFirst().orElseThrow();
        assertThat(mines.get("industries").valueStream().map(JsonNode::asString)).containsExactly("MINES", "URBAN_GAS");
        assertThat(mines.get("roleLabel").asString()).isEqualTo("企业主要负责人");
    }

    @Test
    void a_hospital_registered_with_its_grade_is_counted_and_its_fire_safety_heads_passed_training_covers_it() {
        UUID trainedHospital = hospital("LEVEL_2");
        UUID untrainedHospital = hospital("LEVEL_3");
        UUID clinic = hospital("LEVEL_1");
        JsonNode registered = body(mvc.get().uri("/api/v1/enterprises/" + trainedHospital)
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(registered.get("hospitalGrade").asString()).isEqualTo("LEVEL_2");
        assertThat(registered.get("fireSafetyResponsible").get("name").asString()).isEqualTo("赵消防");

        Map<String, Object> training = TrainingApiTest.request("赵消防", "FIRE_SAFETY_RESPONSIBLE", trainedHospital);
        training.put("course", "医院消防安全责任人集中培训");
        assertThat(mvc.post().uri("/api/v1/training/records").with(TestCallers.committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(training)).exchange())
                .hasStatus(201);

        JsonNode ownView = coverage(TestCallers.as(RoleAssignment.enterpriseManager(trainedHospital)), THIS_YEAR);
        assertThat(ownView.get("rows").valueStream().map(r -> r.get("jurisdiction").asString() + " "
                + r.get("trained").asInt() + "/" + r.get("required").asInt() + " " + r.get("percent").asInt()))
                .containsExactly(TestCallers.AKTO + " 1/1 100");
        assertThat(ownView.get("untrained").valueStream().toList()).isEmpty();

        JsonNode county = coverage(TestCallers.countyOfficer(TestCallers.AKTO), THIS_YEAR);
        List<String> untrained = county.get("untrained").valueStream().map(u -> u.get("enterpriseId").asString())
                .toList();
        assertThat(untrained).contains(untrainedHospital.toString())
                .doesNotContain(trainedHospital.toString(), clinic.toString());
        assertThat(county.get("total").get("trained").asInt()).isPositive();

        JsonNode otherCounty = coverage(TestCallers.countyOfficer(TestCallers.ARTUX), THIS_YEAR);
        assertThat(otherCounty.get("untrained").valueStream().map(u -> u.get("enterpriseId").asString()))
                .doesNotContain(untrainedHospital.toString());

        JsonNode ownFirstYear = body(mvc.get().uri(GROUPS + "/2024-hospital-fire-safety/coverage")
                .with(TestCallers.as(RoleAssignment.enterpriseManager(trainedHospital))).exchange());
        assertThat(ownFirstYear.get("year").asInt()).isEqualTo(2024);
        assertThat(ownFirstYear.get("total").get("trained").asInt()).as("trained this year, not in 2024").isZero();
    }

    @Test
    void an_unknown_group_is_not_found_and_a_year_before_the_groups_is_a_problem_naming_the_year() {
        assertThat(mvc.get().uri(GROUPS + "/no-such-group/coverage").with(TestCallers.auditor()).exchange())
                .hasStatus(404);
        MvcTestResult early = mvc.get().uri(GROUPS + "/2025-metal-smelting-principals/coverage?year=2024")
                .with(TestCallers.auditor()).exchange();
        assertThat(early).hasStatus(400);
        assertThat(text(early)).contains("training.focus.year-invalid", "year");
    }

    private UUID hospital(String grade) {
        Map<String, Object> enterprise = new HashMap<>();
        enterprise.put("creditCode", TestCreditCodes.random());
        enterprise.put("name", "克州测试医院" + org.zhiben.platform.testing.TestNames.letters());
        enterprise.put("jurisdiction", TestCallers.AKTO);
        enterprise.put("industry", "HEALTHCARE");
        enterprise.put("address", "阿克陶县测试路 2 号");
        enterprise.put("principalName", "钱院长");
        enterprise.put("principalPhone", "13800000001");
        enterprise.put("controllerName", "孙主任");
        enterprise.put("controllerPhone", "13800000002");
        enterprise.put("hospitalGrade", grade);
        enterprise.put("fireSafetyName", "赵消防");
        enterprise.put("fireSafetyPhone", "13800000003");
        MvcTestResult created = mvc.post().uri("/api/v1/enterprises").with(TestCallers.committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(enterprise)).exchange();
        assertThat(created).hasStatus(201);
        return UUID.fromString(body(created).get("id").asString());
    }

    private JsonNode coverage(RequestPostProcessor caller, int year) {
        MvcTestResult result = mvc.get().uri(GROUPS + "/2024-hospital-fire-safety/coverage?year=" + year).with(caller)
                .exchange();
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
