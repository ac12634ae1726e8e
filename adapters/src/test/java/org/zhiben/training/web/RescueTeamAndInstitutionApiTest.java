package org.zhiben.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rescue teams ("推动高危行业企业建立安全生产应急救援队伍,配备应急救援装备和物资,配合自治区开展矿山救护队标准化定级工作") and training
 * institutions ("对安全生产培训机构进行全覆盖条件复核,2024年底前对不符合条件的机构实施清退") over the API, against the embedded
 * database: an enterprise registers its own team, changes name the version they change (428 without, 412 when stale),
 * and a failed re-check removes the institution with its reason, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescueTeamAndInstitutionApiTest {

    static final String TEAMS = "/api/v1/training/rescue-teams";
    static final String INSTITUTIONS = "/api/v1/training/institutions";

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_registers_its_own_team_once_and_revises_it_at_the_version_it_read() {
        UUID mine = enterprise("救援矿业", "MINES");
        UUID other = enterprise("救援他矿", "MINES");
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(mine));

        Map<String, Object> noGrade = team(mine, true, null);
        assertThat(send(mvc.post().uri(TEAMS), manager, null, noGrade)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("training.rescue-team.grade-missing");

        MvcTestResult registered = send(mvc.post().uri(TEAMS), manager, null, team(mine, true, "LEVEL_2"));
        assertThat(registered).hasStatus(201);
        assertThat(registered).headers().hasValue("ETag", "\"0\"");
        JsonNode body = read(registered);
        String id = body.get("id").asString();
        assertThat(body.get("leaderMaskedName").asString()).isEqualTo("王**");
        assertThat(body.get("gradeLabel").asString()).isEqualTo("二级");
        assertThat(body.get("equipment").valueStream().map(JsonNode::asString))
                .containsExactly("正压氧气呼吸器", "瓦斯检测仪");
        assertThat(jdbc.queryForObject("select leader_masked_name from training.rescue_team where id = ?::uuid",
                String.class, id)).isEqualTo("王**");
        assertThat(jdbc.queryForObject("select change from audit.entry where entity_id = ? and action = ?",
                String.class, id, "rescue-team.registered")).doesNotContain("王");

        assertThat(send(mvc.post().uri(TEAMS), manager, null, team(mine, true, "LEVEL_1"))).hasStatus(409)
                .bodyJson().extractingPath("$.code").isEqualTo("training.rescue-team.exists");
        assertThat(send(mvc.post().uri(TEAMS), manager, null, team(other, false, null))).hasStatus(403);

        Map<String, Object> revised = team(mine, true, "LEVEL_1");
        revised.put("memberCount", 15);
        assertThat(send(mvc.put().uri(TEAMS + "/" + id), manager, null, revised)).hasStatus(428);
        assertThat(send(mvc.put().uri(TEAMS + "/" + id), manager, "\"5\"", revised)).hasStatus(412);
        MvcTestResult changed = send(mvc.put().uri(TEAMS + "/" + id), manager, "\"0\"", revised);
        assertThat(changed).hasStatusOk();
        assertThat(changed).headers().hasValue("ETag", "\"1\"");
        assertThat(read(changed).get("memberCount").asInt()).isEqualTo(15);
        assertThat(send(mvc.put().uri(TEAMS + "/" + id), manager, "\"0\"", revised)).hasStatus(412);
        assertThat(jdbc.queryForObject("select count(*) from audit.entry where entity_id = ? and action = ?",
                Integer.class, id, "rescue-team.revised")).isOne();

        RequestPostProcessor otherManager = TestCallers.as(RoleAssignment.enterpriseManager(other));
        assertThat(mvc.get().uri(TEAMS + "/" + id).with(otherManager).exchange()).hasStatus(404);
        assertThat(send(mvc.put().uri(TEAMS + "/" + id), otherManager, "\"1\"", revised)).hasStatus(404);
    }

    @Test
    void the_high_risk_enterprises_without_a_team_are_listed_and_an_ordinary_one_is_not() {
        UUID withTeam = enterprise("有队化工", "HAZARDOUS_CHEMICALS");
        UUID without = enterprise("无队化工", "HAZARDOUS_CHEMICALS");
        UUID ordinary = enterprise("无队工贸", "INDUSTRY_TRADE");
        assertThat(send(mvc.post().uri(TEAMS), TestCallers.countyOfficer(TestCallers.AKTO), null,
                team(withTeam, false, null))).hasStatus(201);

        List<String> missing = read(mvc.get().uri(TEAMS + "/missing").param("jurisdiction", TestCallers.AKTO)
                .with(TestCallers.countyOfficer(TestCallers.AKTO)).exchange()).valueStream()
                .map(e -> e.get("enterpriseId").asString()).toList();
        assertThat(missing).contains(without.toString()).doesNotContain(withTeam.toString(), ordinary.toString());
        assertThat(read(mvc.get().uri(TEAMS + "/missing").with(TestCallers.countyOfficer(TestCallers.ARTUX))
                .exchange()).valueStream().map(e -> e.get("enterpriseId").asString()))
                .doesNotContain(without.toString());
    }

    @Test
    void an_institution_not_rechecked_by_2024_is_overdue_and_a_failed_recheck_removes_it_with_the_reason() {
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);
        clock.setTo(LocalDateTime.of(2024, 12, 31, 20, 0));
        MvcTestResult entered = send(mvc.post().uri(INSTITUTIONS), county, null, institution("2020-05-01"));
        assertThat(entered).hasStatus(201);
        String id = read(entered).get("id").asString();
        assertThat(overdueIds()).doesNotContain(id);

        clock.setTo(LocalDateTime.of(2025, 1, 1, 8, 0));
        assertThat(overdueIds()).contains(id);

        Map<String, Object> failed = Map.of("recheckedOn", "2025-01-01", "compliant", false, "notes", "专职教师不足三人");
        String rechecks = INSTITUTIONS + "/" + id + "/rechecks";
        assertThat(send(mvc.post().uri(rechecks), county, null, failed)).hasStatus(428);
        assertThat(send(mvc.post().uri(rechecks), county, "\"3\"", failed)).hasStatus(412);
        assertThat(send(mvc.post().uri(rechecks), TestCallers.countyOfficer(TestCallers.ARTUX), "\"0\"", failed))
                .hasStatus(403);
        assertThat(send(mvc.post().uri(rechecks), TestCallers.as(RoleAssignment.enterpriseManager(
                enterprise("培训企业", "MINES"))), "\"0\"", failed)).hasStatus(403);
        MvcTestResult removed = send(mvc.post().uri(rechecks), county, "\"0\"", failed);
        assertThat(removed).hasStatusOk();
        JsonNode body = read(removed);
        assertThat(body.get("status").asString()).isEqualTo("REMOVED");
        assertThat(body.get("statusLabel").asString()).isEqualTo("已清退");
        assertThat(body.get("recheckNotes").asString()).isEqualTo("专职教师不足三人");
        assertThat(jdbc.queryForObject("select change from audit.entry where entity_id = ? and action = ?",
                String.class, id, "institution.removed")).contains("reason=专职教师不足三人");
        assertThat(overdueIds()).doesNotContain(id);
        assertThat(send(mvc.post().uri(rechecks), county, "\"1\"", failed)).hasStatus(409).bodyJson()
                .extractingPath("$.code").isEqualTo("training.institution.removed");

        JsonNode removedPage = read(mvc.get().uri(INSTITUTIONS).param("status", "REMOVED").param("size", "200")
                .with(TestCallers.auditor()).exchange());
        assertThat(removedPage.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
        assertThat(mvc.get().uri(INSTITUTIONS).param("size", "201").with(TestCallers.auditor()).exchange())
                .hasStatus(400);
        assertThat(send(mvc.post().uri(INSTITUTIONS), county, null, institution("2025-01-02"))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("training.institution.in-future");
    }

    private List<String> overdueIds() {
        return read(mvc.get().uri(INSTITUTIONS + "/overdue").with(TestCallers.auditor()).exchange())
                .get("institutions").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private UUID enterprise(String prefix, String industry) {
        return TrainingFixtures.enterprise(enterprises, prefix, TestCallers.AKTO, industry, false).id().value();
    }

    private MvcTestResult send(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
            RequestPostProcessor caller, String ifMatch, Map<String, Object> body) {
        var builder = request.with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (ifMatch != null) {
            builder = builder.header("If-Match", ifMatch);
        }
        return builder.exchange();
    }

    private JsonNode read(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> team(UUID enterprise, boolean mine, String grade) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise.toString());
        body.put("name", mine ? "矿山救护中队" : "化工应急救援队");
        body.put("memberCount", 12);
        body.put("leaderName", "王小明");
        body.put("equipment", List.of("正压氧气呼吸器", "瓦斯检测仪", "正压氧气呼吸器"));
        body.put("mineRescue", mine);
        body.put("grade", grade);
        return body;
    }

    private static Map<String, Object> institution(String approvedOn) {
        return Map.of("name", "安全培训学校" + TestNames.letters(), "jurisdiction", TestCallers.AKTO,
                "licenceNumber", "KZ-PX-" + UUID.randomUUID().toString().substring(0, 8), "approvedOn", approvedOn);
    }
}
