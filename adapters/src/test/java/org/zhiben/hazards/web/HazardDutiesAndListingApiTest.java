package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * Separation of duties (职责分离) and the listing that follows the hazard, through the API: the officer who reported a
 * hazard cannot verify it, a second officer is needed; whoever requested an extension cannot approve it; an approved
 * extension moves the listing deadline and the write-off ends the listing; a deadline already past is refused; an
 * escalation run catches up with the days overdue. Dated in 2024 (after the escalation API test's deadlines) where it
 * moves the clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardDutiesAndListingApiTest {

    static final RequestPostProcessor REPORTER = HazardApiSupport.ADMIN;
    static final RequestPostProcessor SECOND = HazardApiSupport.SECOND_OFFICER;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;

    HazardApiSupport api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID rectifyingMajor(LocalDate deadline) {
        UUID enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        LocalDate day = LocalDate.now(clock);
        UUID id = UUID.fromString(api.registered(Map.of("enterpriseId", enterprise, "location", "一号罐区",
                "description", "液位计未接入报警", "discoveredOn", day.minusDays(1).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID().toString()
                        .substring(0, 8), "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")))
                .get("id").asString());
        api.changed(REPORTER, "POST", id, "/rectification-plan", 0, plan(deadline));
        return id;
    }

    private static Map<String, Object> plan(LocalDate deadline) {
        return Map.of("responsiblePerson", "王五", "measures", "接入报警", "fundsFen", 10_000,
                "deadline", deadline.toString(), "contingencyPlan", "人工巡检");
    }

    @Test
    @DisplayName("报告或整改隐患的人员不得验收或销号: a second officer is needed to verify and write off")
    void the_reporting_officer_is_refused_with_a_problem_naming_the_rule_and_a_second_officer_verifies() {
        UUID id = rectifyingMajor(today.plusDays(30));
        JsonNode photo = api.read(api.upload(id, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed(REPORTER, "POST", id, "/rectification", 1, Map.of("evidence", "已接入报警",
                "attachmentIds", List.of(photo.get("id").asString())));

        MvcTestResult own = api.change(REPORTER, "POST", id, "/verification", "\"2\"", Map.of("reason", "合格"));
        assertThat(own).hasStatus(409).hasContentType("application/problem+json");
        assertThat(own).bodyJson().extractingPath("$.code").isEqualTo("hazard.duties.reporter-closes");
        assertThat(own).bodyJson().extractingPath("$.detail").asString().contains("职责分离规则")
                .contains("不得").contains("您是该隐患的").matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日.*")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("status").asString()).isEqualTo("RECTIFIED");

        JsonNode verified = api.changed(SECOND, "POST", id, "/verification", 2, Map.of("reason", "现场核验合格"));
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(api.change(REPORTER, "POST", id, "/write-off", "\"3\"", Map.of("reason", "销号")))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("hazard.duties.reporter-closes");
        assertThat(api.changed(SECOND, "POST", id, "/write-off", 3, Map.of("reason", "闭环销号"))
                .get("status").asString()).isEqualTo("WRITTEN_OFF");
    }

    @Test
    @DisplayName("申请延期的人员不得审批本人的申请; 批准后挂牌督办期限随之顺延; 销号后自动摘牌")
    void an_extension_is_decided_by_another_officer_moves_the_listing_deadline_and_the_write_off_ends_the_listing() {
        UUID id = rectifyingMajor(today.plusDays(30));
        api.changed(SECOND, "PUT", id, "/listing", 1, Map.of("level", "PREFECTURE", "supervisingUnit", "ACO",
                "responsibleUnit", "ARTUX_GOV", "listedOn", today.toString(),
                "deadline", today.plusDays(30).toString()));
        api.changed(SECOND, "POST", id, "/deadline-extensions", 2, Map.of("newDeadline",
                today.plusDays(90).toString(), "reason", "设备订货周期长"));

        assertThat(api.change(SECOND, "POST", id, "/deadline-extensions/decision", "\"3\"",
                Map.of("approved", true))).hasStatus(409).bodyJson().extractingPath("$.code")
                .isEqualTo("hazard.duties.requester-decides");
        JsonNode approved = api.changed(REPORTER, "POST", id, "/deadline-extensions/decision", 3,
                Map.of("approved", true));
        assertThat(approved.get("currentDeadline").asString()).isEqualTo(today.plusDays(90).toString());
        assertThat(approved.get("listings").get(0).get("deadline").asString())
                .isEqualTo(today.plusDays(90).toString());
        assertThat(approved.get("listings").get(0).get("deadlineAsListed").asString())
                .isEqualTo(today.plusDays(30).toString());

        JsonNode photo = api.read(api.upload(id, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed(REPORTER, "POST", id, "/rectification", 4, Map.of("evidence", "已接入报警",
                "attachmentIds", List.of(photo.get("id").asString())));
        api.changed(SECOND, "POST", id, "/verification", 5, Map.of());
        JsonNode writtenOff = api.changed(SECOND, "POST", id, "/write-off", 6, Map.of());
        assertThat(writtenOff.get("listed").asBoolean()).isFalse();
        assertThat(writtenOff.get("listings").get(0).get("removedOn").asString()).isEqualTo(today.toString());
        assertThat(api.get(HazardApiSupport.BASE + "?listed=true&enterpriseId="
                + writtenOff.get("enterpriseId").asString()).get("items")).isEmpty();

        List<String> kinds = new ArrayList<>();
        api.get(HazardApiSupport.BASE + "/" + id + "/timeline").forEach(e -> kinds.add(e.get("kind").asString()
                + (e.get("reason").isNull() ? "" : ":" + e.get("reason").asString())));
        assertThat(kinds).containsSubsequence("EXTENSION_DECIDED", "LISTING_DEADLINE_MOVED",
                "LISTING_REMOVED:隐患已销号，挂牌督办随之结束（摘牌）");
    }

    @Test
    @DisplayName("整改时限已过去的，不予接受: the hazard is not made overdue by its own plan")
    void a_rectification_deadline_already_past_is_refused_and_nothing_changes() {
        UUID enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        UUID id = UUID.fromString(api.registered(Map.of("enterpriseId", enterprise, "location", "一号罐区",
                "description", "液位计未接入报警", "discoveredOn", today.minusDays(40).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-PAST-1",
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"))).get("id").asString());

        MvcTestResult result = api.change("POST", id, "/rectification-plan", "\"0\"", plan(today.minusDays(32)));
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.plan.deadline-in-past");
        JsonNode hazard = api.get(HazardApiSupport.BASE + "/" + id);
        assertThat(hazard.get("status").asString()).isEqualTo("DETERMINED");
        assertThat(hazard.get("overdue").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("逾期多久就升级到哪一步: one run takes 函告, 通报 and 约谈 for a hazard 45 days overdue")
    void an_escalation_run_catches_up_with_the_step_the_days_overdue_warrant_and_the_timeline_says_so() {
        clock.setTo(LocalDateTime.of(2024, 7, 1, 9, 0));
        UUID id = rectifyingMajor(LocalDate.of(2024, 7, 10));
        clock.setTo(LocalDateTime.of(2024, 8, 24, 9, 0));

        MvcTestResult run = mvc.post().uri(HazardApiSupport.BASE + "/escalations/runs").with(REPORTER).exchange();
        assertThat(run).hasStatusOk();
        List<String> steps = new ArrayList<>();
        api.read(run).get("escalated").forEach(e -> {
            if (e.get("hazardId").asString().equals(id.toString())) {
                steps.add(e.get("step").asString());
            }
        });
        assertThat(steps).containsExactly("WARNING_LETTER", "CIRCULAR", "INTERVIEW");

        List<String> timeline = new ArrayList<>();
        api.get(HazardApiSupport.BASE + "/" + id + "/timeline").forEach(e -> {
            if (e.get("kind").asString().equals("ESCALATION")) {
                timeline.add(e.get("detail").asString() + ":" + e.get("to").asString() + ":"
                        + (e.get("from").isNull() ? "" : e.get("from").asString()));
            }
        });
        assertThat(timeline).containsExactly("WARNING_LETTER:45:", "CIRCULAR:45:CAUGHT_UP", "INTERVIEW:45:CAUGHT_UP");
    }

    @Test
    @DisplayName("the page shows the refusal of the rule on the form and changes nothing")
    void the_page_refuses_the_reporting_officers_acceptance_at_the_top_of_the_form() {
        UUID id = rectifyingMajor(today.plusDays(30));
        JsonNode photo = api.read(api.upload(id, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed(REPORTER, "POST", id, "/rectification", 1, Map.of("evidence", "已接入报警",
                "attachmentIds", List.of(photo.get("id").asString())));

        MvcTestResult page = mvc.post().uri("/hazards/" + id + "/verification").with(REPORTER)
                .param("version", "2").param("reason", "合格").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"verification-form\"").contains("职责分离规则");
        assertThat(api.get(HazardApiSupport.BASE + "/" + id).get("status").asString()).isEqualTo("RECTIFIED");
    }
}
