package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.reporting.StockEvents.at;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly ranking (晾晒通报, "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制") of October 2025 from a small known
 * data set: the two port administrations' hazards (fed as the hazards module's events into the 附表1 read model, in an
 * industry of their own) and their 附表1 submissions (Torugart on time, Irkeshtam late, no other unit submits that
 * month). The preview's figures are exact; the committee office publishes it, and the published ranking stays as it
 * was after the hazards change; publishing the month again needs a reason and is a new revision.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class RankingApiTest {

    static final String RANKINGS = "/api/v1/reporting/rankings";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JurisdictionCode TORUGART = JurisdictionCode.of("653000-P01");
    static final JurisdictionCode IRKESHTAM = JurisdictionCode.of("653000-P02");
    static final RequestPostProcessor OFFICE = TestCallers.committeeAdmin();
    static final RequestPostProcessor TORUGART_OFFICER = TestCallers.as(RoleAssignment.ofJurisdiction(
            UnitCode.of("PORT_TORUGART"), TORUGART, Role.COUNTY_OFFICER));
    static final RequestPostProcessor IRKESHTAM_OFFICER = TestCallers.as(RoleAssignment.ofJurisdiction(
            UnitCode.of("PORT_IRKESHTAM"), IRKESHTAM, Role.COUNTY_OFFICER));

    final JsonMapper json = JsonMapper.builder().build();
    final IndustryCode industry = IndustryCode.of("RANK_" + UUID.randomUUID().toString().substring(0, 8)
            .toUpperCase().replaceAll("[^A-Z]", "X"));
    final UUID enterprise = UUID.randomUUID();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingUnits units;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private StockEvents hazard(JurisdictionCode port, LocalDate found) {
        return StockEvents.registered(enterprise, port, industry, DiscoveryChannel.SELF_INSPECTION, found, at(found))
                .determined(HazardLevel.MAJOR, at(found.plusDays(1)));
    }

    @Test
    void the_preview_is_exact_the_office_publishes_it_frozen_and_a_second_publication_is_a_revision_with_a_reason(
            Scenario scenario) throws Exception {
        // Torugart: two new in October, one written off (50.0 %), the other overdue since 15 October
        StockEvents overdue = hazard(TORUGART, LocalDate.of(2025, 10, 3))
                .plan(LocalDate.of(2025, 10, 15), at(LocalDate.of(2025, 10, 5)));
        StockEvents cleared = hazard(TORUGART, LocalDate.of(2025, 10, 5))
                .writtenOff(at(LocalDateTime.of(2025, 10, 20, 11, 0)), false);
        // Irkeshtam: one new in October and written off (100.0 %), none overdue
        StockEvents irkeshtam = hazard(IRKESHTAM, LocalDate.of(2025, 10, 7))
                .writtenOff(at(LocalDateTime.of(2025, 10, 25, 11, 0)), false);
        List<HazardEvent> events = List.of(overdue, cleared, irkeshtam).stream().flatMap(h -> h.events.stream())
                .toList();

        scenario.stimulate((TransactionOperations tx, ApplicationEventPublisher publisher) ->
                        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(this::hazardsInModel, count -> count == 3)
                .andVerify(count -> submitAndRank());

        // the hazards change after the publication: Torugart writes off one more hazard found in October
        StockEvents later = hazard(TORUGART, LocalDate.of(2025, 10, 9))
                .writtenOff(at(LocalDateTime.of(2025, 10, 12, 11, 0)), false);
        scenario.stimulate((TransactionOperations tx, ApplicationEventPublisher publisher) ->
                        tx.executeWithoutResult(status -> later.events.forEach(publisher::publishEvent)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(this::hazardsInModel, count -> count == 4)
                .andVerify(count -> frozenAndRevised());
    }

    private long hazardsInModel() {
        return jdbc.queryForObject("select count(*) from reporting.stock_hazard where industry = ?", Long.class,
                industry.value());
    }

    private JsonNode publishedOctober;

    private void submitAndRank() {
        // Torugart submits its 附表1 on 30 October (on time)
        clock.setTo(LocalDateTime.of(2025, 10, 30, 10, 0));
        submitStockTable(TORUGART_OFFICER);
        // before the due day has passed for every unit the month is not ranked
        MvcTestResult early = mvc.get().uri(RANKINGS + "/2025-10/preview").with(OFFICE).exchange();
        assertThat(early).hasStatus(409);
        assertThat(text(early)).contains("reporting.ranking.not-due-yet", "尚未到报送截止日期");
        // Irkeshtam submits on 3 November (late)
        clock.setTo(LocalDateTime.of(2025, 11, 3, 9, 0));
        submitStockTable(IRKESHTAM_OFFICER);

        clock.setTo(LocalDateTime.of(2025, 11, 10, 9, 0));
        JsonNode preview = body(mvc.get().uri(RANKINGS + "/2025-10/preview").with(OFFICE).exchange());
        assertThat(preview.get("published").asBoolean()).isFalse();
        assertThat(preview.get("monthLabel").asString()).isEqualTo("2025年10月");
        JsonNode lines = preview.get("lines");
        assertThat(lines.size()).isEqualTo(units.findAll().size());
        assertLine(lines.get(0), 1, "PORT_TORUGART", "吐尔尕特口岸管委会", "ON_TIME", "2025-10-30", "50.0", 1);
        assertLine(lines.get(1), 2, "PORT_IRKESHTAM", "伊尔克什坦口岸管委会", "LATE", "2025-11-03", "100.0", 0);
        for (int i = 2; i < lines.size(); i++) {
            assertThat(lines.get(i).get("punctuality").asString()).isEqualTo("MISSING");
            assertThat(lines.get(i).get("punctualityLabel").asString()).isEqualTo("未报送（已逾期）");
            assertThat(lines.get(i).get("rank").asInt()).isGreaterThanOrEqualTo(3);
        }
        // a port sees its own line only, with its rank among all units
        JsonNode own = body(mvc.get().uri(RANKINGS + "/2025-10/preview").with(TORUGART_OFFICER).exchange());
        assertThat(own.get("lines").size()).isEqualTo(1);
        assertLine(own.get("lines").get(0), 1, "PORT_TORUGART", "吐尔尕特口岸管委会", "ON_TIME", "2025-10-30", "50.0",
                1);
        assertThat(mvc.get().uri(RANKINGS + "/2025-10").with(OFFICE).exchange()).hasStatus(404);

        // only the committee office publishes
        assertThat(publish(TORUGART_OFFICER, null, Map.of())).hasStatus(403);
        MvcTestResult published = publish(OFFICE, null, Map.of("note", "请未报送单位立即补报"));
        assertThat(published).hasStatus(201);
        assertThat(published.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        JsonNode first = body(published);
        assertThat(first.get("published").asBoolean()).isTrue();
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("note").asString()).isEqualTo("请未报送单位立即补报");
        assertThat(first.get("publishedAt").asString()).startsWith("2025-11-10T01:00");
        assertThat(first.get("lines")).isEqualTo(lines);
        publishedOctober = body(mvc.get().uri(RANKINGS + "/2025-10").with(TORUGART_OFFICER).exchange());
        assertThat(publishedOctober.get("lines")).isEqualTo(lines);

        // each unit is told its rank through its inbox, once
        assertThat(text(mvc.get().uri("/api/v1/inbox").with(TORUGART_OFFICER).exchange()))
                .contains("已发布2025年10月晾晒通报：本单位在 " + units.findAll().size() + " 个报送单位中排名第 1 名");
        assertThat(text(mvc.get().uri("/api/v1/inbox").with(IRKESHTAM_OFFICER).exchange()))
                .contains("本单位在 " + units.findAll().size() + " 个报送单位中排名第 2 名");
        assertThat(jdbc.queryForObject("select count(*) from hazards.notification where post_key like ?",
                Long.class, "reporting.ranking:2025-10:1:%")).isEqualTo((long) units.findAll().size());
        assertThat(text(mvc.get().uri("/api/v1/audit/entries?entityId=2025-10").with(TestCallers.auditor())
                .exchange())).contains("ranking.published");

        // the same month again without a reason is refused
        MvcTestResult again = publish(OFFICE, null, Map.of("note", "重复"));
        assertThat(again).hasStatus(409);
        assertThat(text(again)).contains("reporting.ranking.already-published", "已发布第1版");
        assertThat(text(mvc.get().uri(RANKINGS + "/2025-10/revisions").with(OFFICE).exchange()))
                .contains("\"revision\":1").doesNotContain("\"revision\":2");
    }

    private void frozenAndRevised() {
        // the preview follows the hazards: Torugart now wrote off 2 of 3
        JsonNode preview = body(mvc.get().uri(RANKINGS + "/2025-10/preview").with(OFFICE).exchange());
        assertThat(preview.get("lines").get(0).get("clearanceRate").decimalValue()).isEqualByComparingTo("66.7");
        // the published ranking reads exactly as published
        assertThat(body(mvc.get().uri(RANKINGS + "/2025-10").with(TORUGART_OFFICER).exchange()))
                .isEqualTo(publishedOctober);
        assertThatThrownBy(() -> jdbc.update("update reporting.ranking_line set overdue = 0 where month = '2025-10'"))
                .rootCause().hasMessageContaining("frozen");

        // a new revision needs a reason, and the revision the caller read must be the latest
        assertThat(publish(OFFICE, "\"0\"", Map.of("reason", "吐尔尕特补充销号"))).hasStatus(412);
        MvcTestResult revised = publish(OFFICE, "\"1\"", Map.of("reason", "吐尔尕特补充销号"));
        assertThat(revised).hasStatus(201);
        JsonNode second = body(revised);
        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(second.get("reason").asString()).isEqualTo("吐尔尕特补充销号");
        assertThat(second.get("lines").get(0).get("clearanceRate").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(body(mvc.get().uri(RANKINGS + "/2025-10?revision=1").with(OFFICE).exchange()))
                .isEqualTo(publishedOctober);
        assertThat(body(mvc.get().uri(RANKINGS + "/2025-10").with(OFFICE).exchange()).get("revision").asInt())
                .isEqualTo(2);
        assertThat(text(mvc.get().uri(RANKINGS + "?size=200").with(TestCallers.auditor()).exchange()))
                .contains("\"month\":\"2025-10\"");
    }

    @Test
    void concurrent_publications_of_the_same_revision_one_wins_the_other_is_refused_never_a_500() throws Exception {
        clock.setTo(LocalDateTime.of(2025, 9, 20, 9, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() -> mvc.post().uri(RANKINGS + "/2025-08/publications").with(OFFICE)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .exchange().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(both)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 409 || s == 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from reporting.ranking where month = '2025-08'", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void bad_months_and_page_sizes_are_refused_with_problem_details() {
        MvcTestResult malformed = mvc.get().uri(RANKINGS + "/2025-13/preview").with(OFFICE).exchange();
        assertThat(malformed).hasStatus(400);
        assertThat(text(malformed)).contains("reporting.ranking.month-invalid");
        assertThat(mvc.get().uri(RANKINGS + "/oct/preview").with(OFFICE).exchange()).hasStatus(400);
        assertThat(mvc.get().uri(RANKINGS + "/2023-05/preview").with(OFFICE).exchange()).hasStatus(400);
        assertThat(mvc.get().uri(RANKINGS + "?size=201").with(OFFICE).exchange()).hasStatus(400);
        MvcTestResult english = mvc.get().uri(RANKINGS + "/2027-01/preview").header("Accept-Language", "en")
                .with(OFFICE).exchange();
        assertThat(english).hasStatus(400);
        assertThat(mvc.get().uri(RANKINGS + "/2024-03?revision=9").with(OFFICE).exchange()).hasStatus(404);
        MvcTestResult tooLong = publish(OFFICE, null, Map.of("note", "长".repeat(501)));
        assertThat(tooLong).hasStatus(400);
        assertThat(text(tooLong)).contains("reporting.ranking.note-too-long");
    }

    private void submitStockTable(RequestPostProcessor unit) {
        MvcTestResult prepared = mvc.post().uri("/api/v1/reporting/submissions").with(unit)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "STOCK_TABLE", "period", "2025-10"))).exchange();
        assertThat(prepared).hasStatus(201);
        String id = body(prepared).get("id").asString();
        assertThat(mvc.post().uri("/api/v1/reporting/submissions/" + id + "/submit").with(unit)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{}").exchange())
                .hasStatus(200);
    }

    private MvcTestResult publish(RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        var request = mvc.post().uri(RANKINGS + "/2025-10/publications").with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private static void assertLine(JsonNode line, int rank, String unit, String name, String punctuality,
            String firstSubmitted, String rate, long overdue) {
        assertThat(line.get("rank").asInt()).as("名次").isEqualTo(rank);
        assertThat(line.get("unit").asString()).isEqualTo(unit);
        assertThat(line.get("unitName").asString()).as("报送单位").isEqualTo(name);
        assertThat(line.get("punctuality").asString()).as("报送及时性").isEqualTo(punctuality);
        assertThat(line.get("firstSubmittedOn").asString()).as("首次报送日期").isEqualTo(firstSubmitted);
        assertThat(line.get("clearanceRate").decimalValue()).as("整改率").isEqualByComparingTo(rate);
        assertThat(line.get("overdue").asLong()).as("逾期重大隐患").isEqualTo(overdue);
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
