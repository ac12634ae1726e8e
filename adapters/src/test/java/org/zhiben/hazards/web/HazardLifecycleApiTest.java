package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardVerified;
import org.zhiben.hazards.HazardWrittenOff;
import org.zhiben.platform.testing.RecordedEvents;
import tools.jackson.databind.JsonNode;

/** One hazard walked through the whole closed loop (闭环销号) through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class HazardLifecycleApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RecordedEvents events;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @Test
    void a_self_reported_major_hazard_goes_from_report_to_write_off_with_one_refused_acceptance() {
        UUID enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonNode hazard = api.registered(Map.of("enterpriseId", enterprise, "location", "二号罐区",
                "description", "两名特种作业人员未持证上岗", "discoveredOn", today.minusDays(3).toString(),
                "channel", "SELF_INSPECTION", "sourceReference", "ZC-2026-0117",
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2")));
        UUID id = UUID.fromString(hazard.get("id").asString());
        assertThat(hazard.get("level").asString()).isEqualTo("MAJOR");
        assertThat(hazard.get("status").asString()).isEqualTo("DETERMINED");
        assertThat(hazard.get("jurisdiction").asString()).isEqualTo("653001");
        assertThat(hazard.get("industry").asString()).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(hazard.get("clause").get("clauseNumber").asString()).isEqualTo("2");
        assertThat(mvc.get().uri(HazardApiSupport.BASE + "/" + id).with(ADMIN)).hasStatusOk().headers()
                .hasValue("ETag", "\"0\"");

        JsonNode planned = api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "王五",
                "measures", "组织培训取证，未取证前调离岗位", "fundsFen", 1_200_000,
                "deadline", today.plusDays(30).toString(), "contingencyPlan", "持证人员现场监护"));
        assertThat(planned.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(planned.get("currentDeadline").asString()).isEqualTo(today.plusDays(30).toString());

        MvcTestResult upload = api.upload(id, "certificates.png", "image/png", HazardApiSupport.PNG);
        assertThat(upload).hasStatus(201);
        JsonNode photo = api.read(upload);
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.get("size").asLong()).isEqualTo(HazardApiSupport.PNG.length);
        assertThat(mvc.get().uri(HazardApiSupport.BASE + "/" + id + "/attachments/" + photo.get("id").asString()).with(ADMIN))
                .hasStatusOk().hasContentType("image/png").body().isEqualTo(HazardApiSupport.PNG);

        JsonNode rectified = api.changed("POST", id, "/rectification", 1, Map.of("evidence", "两人已取证",
                "attachmentIds", List.of(photo.get("id").asString())));
        assertThat(rectified.get("status").asString()).isEqualTo("RECTIFIED");
        assertThat(rectified.get("evidence").get(0).get("attachments").get(0).get("sha256").asString())
                .isEqualTo(photo.get("sha256").asString());

        JsonNode refused = api.changed("POST", id, "/acceptance-refusal", 2, Map.of(
                "reason", "证书复印件不清晰，无法核验"));
        assertThat(refused.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(refused.get("refusals").asInt()).isEqualTo(1);

        MvcTestResult report = api.upload(id, "report.pdf", "application/pdf", HazardApiSupport.PDF);
        assertThat(report).hasStatus(201);
        api.changed("POST", id, "/rectification", 3, Map.of("evidence", "补交证书原件扫描件",
                "attachmentIds", List.of(api.read(report).get("id").asString())));

        JsonNode verified = api.changed(TestCallers.departmentOfficer("EMB"), "POST", id, "/verification", 4, Map.of("reason", "现场核验合格"));
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");

        JsonNode listed = api.changed("PUT", id, "/listing", 5, Map.of("level", "PREFECTURE",
                "supervisingUnit", "EMB", "responsibleUnit", "ARTUX_GOV", "listedOn", today.toString(),
                "deadline", today.plusDays(60).toString()));
        assertThat(listed.get("listed").asBoolean()).isTrue();
        JsonNode unlisted = api.changed("DELETE", id, "/listing", 6, Map.of("removedOn", today.toString(),
                "reason", "已整改验收，予以摘牌"));
        assertThat(unlisted.get("listed").asBoolean()).isFalse();

        JsonNode writtenOff = api.changed(HazardApiSupport.SECOND_OFFICER, "POST", id, "/write-off", 7,
                Map.of("reason", "闭环销号"));
        assertThat(writtenOff.get("status").asString()).isEqualTo("WRITTEN_OFF");
        assertThat(writtenOff.get("version").asLong()).isEqualTo(8);

        JsonNode timeline = api.get(HazardApiSupport.BASE + "/" + id + "/timeline");
        List<String> steps = new ArrayList<>();
        timeline.forEach(e -> steps.add(e.get("kind").asString() + ":"
                + (e.get("kind").asString().equals("TRANSITION") ? e.get("to").asString() : e.get("detail").asString())));
        assertThat(steps).containsExactly("TRANSITION:REPORTED", "TRANSITION:DETERMINED", "TRANSITION:RECTIFYING",
                "TRANSITION:RECTIFIED", "TRANSITION:RECTIFYING", "TRANSITION:RECTIFIED", "TRANSITION:VERIFIED",
                "LISTED:PREFECTURE", "LISTING_REMOVED:PREFECTURE", "TRANSITION:WRITTEN_OFF");
        assertThat(timeline.get(4).get("from").asString()).isEqualTo("RECTIFIED");
        assertThat(timeline.get(4).get("reason").asString()).isEqualTo("证书复印件不清晰，无法核验");
        assertThat(timeline.get(6).get("actor").get("unitCode").asString()).isEqualTo("EMB");
        assertThat(timeline.get(8).get("reason").asString()).isEqualTo("已整改验收，予以摘牌");

        JsonNode inbox = api.inbox(enterprise, 2);
        List<String> notices = new ArrayList<>();
        inbox.forEach(n -> notices.add(n.get("recipientRole").asString() + ":" + n.get("kind").asString()));
        assertThat(notices).containsExactlyInAnyOrder("PRINCIPAL:MAJOR_HAZARD_REGISTERED",
                "ACTUAL_CONTROLLER:MAJOR_HAZARD_REGISTERED");

        HazardId hazardId = new HazardId(id);
        assertThat(events.ofType(HazardVerified.class)).filteredOn(e -> e.hazardId().equals(hazardId))
                .singleElement().extracting(HazardVerified::verifyingUnit).isEqualTo("EMB");
        assertThat(events.ofType(HazardWrittenOff.class)).filteredOn(e -> e.hazardId().equals(hazardId)).hasSize(1);
    }
}
