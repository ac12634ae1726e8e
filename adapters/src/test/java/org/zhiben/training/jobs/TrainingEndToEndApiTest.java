package org.zhiben.training.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import org.zhiben.training.TrainingFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's end-to-end path through the HTTP API, against the embedded PostgreSQL and with the test clock: a principal
 * fails the exam at an inspection (recorded through enforcement's API), training flags the principal for
 * re-examination from enforcement's event, the principal is re-examined in time and the flag closes as passed; a
 * worker's special-operation certificate expires as the clock advances, the daily alert job puts the alert into the
 * enterprise's inbox, and the worker is registered as a major hazard under clause 2 of the chemicals standard.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingEndToEndApiTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;
    @Autowired
    CertificateAlertJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_failed_exam_is_reexamined_in_time_and_an_expired_certificate_reaches_the_inbox_and_the_hazard_database()
            throws InterruptedException {
        // a day of its own, so that the daily job's slot is free in a database that other tests share
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        clock.setTo(day.atTime(10, 0));
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "全流程测试化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        String li = "inspector-li-" + UUID.randomUUID().toString().substring(0, 6);
        String wang = "inspector-wang-" + UUID.randomUUID().toString().substring(0, 6);
        RequestPostProcessor inspectorLi = TestCallers.as(li, RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
                JurisdictionCode.of(TestCallers.AKTO), Role.INSPECTOR));
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));

        // 1. the principal fails the exam at an inspection (逢查必考), recorded through enforcement's API
        MvcTestResult inspection = send(inspectorLi, "/api/v1/enforcement/inspections", null, Map.of(
                "enterpriseId", enterprise, "inspectedOn", day.toString(), "method", "FOUR_NOS_TWO_STRAIGHTS",
                "inspectors", List.of(li, wang), "checklist", List.of(Map.of("code", "C1",
                        "text", "主要负责人安全生产知识和管理能力考试"))));
        assertThat(inspection).hasStatus(201);
        String inspectionId = body(inspection).get("id").asString();
        MvcTestResult exam = send(inspectorLi, "/api/v1/enforcement/inspections/" + inspectionId + "/exam",
                inspection.getResponse().getHeader("ETag"), Map.of("score", 45, "passMark", 60));
        assertThat(exam).hasStatusOk();

        // 2. training reads enforcement's event: the principal is flagged, due 30 days after the failed exam
        JsonNode flag = awaitFlag(county, enterprise);
        assertThat(flag.get("inspectionId").asString()).isEqualTo(inspectionId);
        assertThat(flag.get("failedOn").asString()).isEqualTo(day.toString());
        assertThat(flag.get("score").asInt()).isEqualTo(45);
        assertThat(flag.get("dueBy").asString()).isEqualTo(day.plusDays(30).toString());
        assertThat(flag.get("status").asString()).isEqualTo("OPEN");
        String flagId = flag.get("id").asString();

        // ... and re-examined in time: passed on the 20th day, the flag closes as passed in time
        clock.setTo(day.plusDays(20).atTime(10, 0));
        MvcTestResult read = mvc.get().uri("/api/v1/training/reexaminations/" + flagId).with(county).exchange();
        MvcTestResult reexamined = send(county, "/api/v1/training/reexaminations/" + flagId + "/result",
                read.getResponse().getHeader("ETag"), Map.of("on", day.plusDays(20).toString(), "passed", true));
        assertThat(reexamined).hasStatusOk();
        assertThat(body(reexamined).get("status").asString()).isEqualTo("CLEARED");
        assertThat(body(reexamined).get("reexaminedOn").asString()).isEqualTo(day.plusDays(20).toString());
        assertThat(body(reexamined).get("overdue").asBoolean()).isFalse();
        MvcTestResult qualified = send(county, "/api/v1/training/reexaminations/" + flagId + "/major-hazard", null,
                Map.of());
        assertThat(qualified).hasStatus(409);
        assertThat(body(qualified).get("code").asString()).isEqualTo("training.hazard.reexam-passed");

        // 3. a worker's special-operation certificate expires
        String number = "E2E-" + TestNames.letters();
        LocalDate expiry = day.plusDays(25);
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("enterpriseId", enterprise.toString());
        certificate.put("holderName", "赵小刚");
        certificate.put("idLastDigits", "5518");
        certificate.put("operationType", "HAZARDOUS_CHEMICALS");
        certificate.put("number", number);
        certificate.put("issuedOn", expiry.minusYears(6).toString());
        certificate.put("expiresOn", expiry.toString());
        MvcTestResult registered = send(manager, "/api/v1/training/certificates", null, certificate);
        assertThat(registered).hasStatus(201);
        assertThat(body(registered).get("state").asString()).isEqualTo("EXPIRING");
        String certificateId = body(registered).get("id").asString();

        LocalDate alertDay = expiry.plusDays(1);
        clock.setTo(alertDay.atTime(2, 30));
        assertThat(body(mvc.get().uri("/api/v1/training/certificates/" + certificateId).with(manager).exchange())
                .get("state").asString()).isEqualTo("EXPIRED");

        // 4. the daily alert job runs and the alert is in the enterprise's inbox
        job.scheduledRun();
        MvcTestResult inbox = mvc.get().uri("/api/v1/inbox").with(manager).exchange();
        assertThat(inbox).hasStatusOk();
        assertThat(text(inbox)).contains("赵**（身份证尾号 5518）的特种作业操作证（证号 " + number + "）已于 "
                + expiry.getYear() + "年" + expiry.getMonthValue() + "月" + expiry.getDayOfMonth()
                + "日 到期，持证人不得上岗作业");

        // 5. the worker is registered as a major hazard under clause 2 (特种作业人员未持证上岗)
        MvcTestResult hazard = send(manager, "/api/v1/training/certificates/" + certificateId + "/major-hazard", null,
                Map.of("location", "一号装置区"));
        assertThat(hazard).hasStatusOk();
        assertThat(body(hazard).get("accepted").asBoolean()).isTrue();
        String hazardId = body(hazard).get("hazardId").asString();
        JsonNode stored = body(mvc.get().uri("/api/v1/hazards/" + hazardId).with(county).exchange());
        assertThat(stored.get("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(stored.get("clause").get("standardCode").asString()).isEqualTo("CHEM-2017");
        assertThat(stored.get("clause").get("clauseNumber").asString()).isEqualTo("2");
        assertThat(stored.get("channel").asString()).isEqualTo("SELF_INSPECTION");
        assertThat(stored.get("description").asString()).contains("特种作业人员未持证上岗", number);
    }

    /** The re-examination flag of the enterprise, once enforcement's event has reached training. */
    private JsonNode awaitFlag(RequestPostProcessor caller, UUID enterprise) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (true) {
            Optional<JsonNode> flag = body(mvc.get().uri("/api/v1/training/reexaminations").with(caller).exchange())
                    .valueStream().filter(f -> f.get("enterpriseId").asString().equals(enterprise.toString()))
                    .findFirst();
            if (flag.isPresent()) {
                return flag.get();
            }
            assertThat(Instant.now()).as("the principal is flagged within %s", WAIT).isBefore(until);
            Thread.sleep(200);
        }
    }

    private MvcTestResult send(RequestPostProcessor caller, String uri, String ifMatch, Map<String, Object> body) {
        var request = mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
