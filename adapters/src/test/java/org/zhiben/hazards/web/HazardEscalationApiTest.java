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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardOverdue;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.RecordedEvents;
import tools.jackson.databind.JsonNode;

/**
 * An overdue hazard walked up the whole escalation ladder (函告 → 通报 → 约谈 → 曝光) with the test clock, under the
 * default policy (1, 15, 30, 60 days past the deadline). Dated in 2024, before any deadline of the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardEscalationApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordedEvents events;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_overdue_hazard_is_escalated_one_step_per_threshold_and_its_enterprise_is_told_each_time() {
        clock.setTo(LocalDateTime.of(2024, 3, 1, 9, 0));
        UUID enterprise = api.enterprise("653022", "FIREWORKS");
        JsonNode hazard = api.registered(Map.of("enterpriseId", enterprise, "location", "成品仓库",
                "description", "仓库实际存药量超过核定药量", "discoveredOn", "2024-02-28",
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-2024-031",
                "clause", Map.of("standardCode", "FIREWORKS-2017", "clauseNumber", "5")));
        UUID id = UUID.fromString(hazard.get("id").asString());
        api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "赵六",
                "measures", "转移超量药物", "fundsFen", 50_000, "deadline", "2024-03-10",
                "contingencyPlan", "暂停作业"));

        assertThat(runOn(LocalDate.of(2024, 3, 10), id)).isEmpty();
        assertThat(runOn(LocalDate.of(2024, 3, 11), id)).containsExactly("WARNING_LETTER");
        assertThat(runOn(LocalDate.of(2024, 3, 12), id)).isEmpty();
        assertThat(runOn(LocalDate.of(2024, 3, 25), id)).containsExactly("CIRCULAR");
        assertThat(runOn(LocalDate.of(2024, 4, 9), id)).containsExactly("INTERVIEW");
        assertThat(runOn(LocalDate.of(2024, 5, 9), id)).containsExactly("PUBLIC_EXPOSURE");
        assertThat(runOn(LocalDate.of(2024, 6, 30), id)).isEmpty();

        JsonNode escalated = api.get(HazardApiSupport.BASE + "/" + id);
        List<String> ladder = new ArrayList<>();
        escalated.get("escalations").forEach(e -> ladder.add(e.get("step").asString() + "@" + e.get("on").asString()
                + "@" + e.get("actingUnit").asString()));
        assertThat(ladder).containsExactly("WARNING_LETTER@2024-03-11@ACO", "CIRCULAR@2024-03-25@ACO",
                "INTERVIEW@2024-04-09@ACO", "PUBLIC_EXPOSURE@2024-05-09@ACO");
        assertThat(escalated.get("daysOverdue").asLong()).isEqualTo(LocalDate.of(2024, 3, 10)
                .until(LocalDate.of(2024, 6, 30), java.time.temporal.ChronoUnit.DAYS));

        JsonNode timeline = api.get(HazardApiSupport.BASE + "/" + id + "/timeline");
        List<String> steps = new ArrayList<>();
        timeline.forEach(e -> {
            if (e.get("kind").asString().equals("ESCALATION")) {
                steps.add(e.get("detail").asString() + "@" + e.get("on").asString() + "@"
                        + e.get("actingUnit").asString());
            }
        });
        assertThat(steps).isEqualTo(ladder);

        JsonNode inbox = api.inbox(enterprise, 10);
        List<String> notices = new ArrayList<>();
        inbox.forEach(n -> {
            if (n.get("kind").asString().equals("ESCALATED")) {
                notices.add(n.get("recipientRole").asString() + ":" + n.get("params").get("step").asString());
            }
        });
        assertThat(notices).containsExactlyInAnyOrder(
                "PRINCIPAL:WARNING_LETTER", "ACTUAL_CONTROLLER:WARNING_LETTER", "PRINCIPAL:CIRCULAR",
                "ACTUAL_CONTROLLER:CIRCULAR", "PRINCIPAL:INTERVIEW", "ACTUAL_CONTROLLER:INTERVIEW",
                "PRINCIPAL:PUBLIC_EXPOSURE", "ACTUAL_CONTROLLER:PUBLIC_EXPOSURE");

        HazardId hazardId = new HazardId(id);
        assertThat(events.ofType(HazardEscalated.class)).filteredOn(e -> e.hazardId().equals(hazardId))
                .extracting(HazardEscalated::step, HazardEscalated::on)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EscalationStep.WARNING_LETTER,
                                LocalDate.of(2024, 3, 11)),
                        org.assertj.core.groups.Tuple.tuple(EscalationStep.CIRCULAR, LocalDate.of(2024, 3, 25)),
                        org.assertj.core.groups.Tuple.tuple(EscalationStep.INTERVIEW, LocalDate.of(2024, 4, 9)),
                        org.assertj.core.groups.Tuple.tuple(EscalationStep.PUBLIC_EXPOSURE,
                                LocalDate.of(2024, 5, 9)));
        assertThat(events.ofType(HazardOverdue.class)).filteredOn(e -> e.hazardId().equals(hazardId))
                .singleElement().extracting(HazardOverdue::deadline).isEqualTo(LocalDate.of(2024, 3, 10));

        // the enterprise finally reports the rectification: it is no longer overdue, and stops escalating
        MvcTestResult upload = api.upload(id, "photo.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
        assertThat(upload).hasStatus(201);
        JsonNode rectified = api.changed("POST", id, "/rectification", 5, Map.of("evidence", "超量药物已转移",
                "attachmentIds", List.of(api.read(upload).get("id").asString())));
        assertThat(rectified.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void a_new_policy_version_is_added_from_a_future_day_and_listed_after_the_default() {
        String effectiveFrom = LocalDate.now(clock).plusYears(5).plusDays(java.util.concurrent.ThreadLocalRandom
                .current().nextInt(1000)).toString();
        assertThat(mvc.post().uri(HazardApiSupport.BASE + "/escalation-policies").with(ADMIN)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(api.toJson(Map.of("effectiveFrom", effectiveFrom, "warningLetterDays", 3,
                        "circularDays", 10, "interviewDays", 20, "publicExposureDays", 40))))
                .hasStatus(201);
        JsonNode policies = api.get(HazardApiSupport.BASE + "/escalation-policies");
        assertThat(policies.get(0).get("effectiveFrom").asString()).isEqualTo("2024-01-01");
        assertThat(policies.get(0).get("circularDays").asInt()).isEqualTo(15);
        List<String> added = new ArrayList<>();
        policies.forEach(p -> {
            if (p.get("effectiveFrom").asString().equals(effectiveFrom)) {
                added.add(p.get("warningLetterDays").asInt() + "/" + p.get("publicExposureDays").asInt());
            }
        });
        assertThat(added).containsExactly("3/40");

        assertThat(mvc.post().uri(HazardApiSupport.BASE + "/escalation-policies").with(ADMIN)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(api.toJson(Map.of("effectiveFrom", effectiveFrom, "warningLetterDays", 3,
                        "circularDays", 10, "interviewDays", 20, "publicExposureDays", 40))))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("hazard.escalation.policy-exists");
        assertThat(mvc.post().uri(HazardApiSupport.BASE + "/escalation-policies").with(ADMIN)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(api.toJson(Map.of("effectiveFrom", "2030-01-01", "warningLetterDays", 5,
                        "circularDays", 5, "interviewDays", 20, "publicExposureDays", 40))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.escalation.thresholds-not-increasing");
    }

    /** Runs the escalation on that day (09:00) and returns the steps taken for the hazard. */
    private List<String> runOn(LocalDate day, UUID hazard) {
        clock.setTo(day.atTime(9, 0));
        MvcTestResult run = mvc.post().uri(HazardApiSupport.BASE + "/escalations/runs").with(ADMIN).exchange();
        assertThat(run).hasStatusOk();
        JsonNode body = api.read(run);
        assertThat(body.get("runOn").asString()).isEqualTo(day.toString());
        List<String> steps = new ArrayList<>();
        body.get("escalated").forEach(e -> {
            if (e.get("hazardId").asString().equals(hazard.toString())) {
                steps.add(e.get("step").asString());
            }
        });
        return steps;
    }
}
