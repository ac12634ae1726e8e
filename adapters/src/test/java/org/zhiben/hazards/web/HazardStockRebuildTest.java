package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * The stock read model rebuilt from the hazards' history holds the same figures as the one the hazards' events
 * kept: hazards of 乌恰县 (653024) in the chemicals industry, dated May and June 2024, registered, planned, listed,
 * rectified, written off and cancelled through the API; then {@code POST /api/v1/reporting/stock/rebuild}, its
 * progress read until done.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardStockRebuildTest {

    static final String KEY_FILTER = "jurisdiction = '653024' and industry = 'HAZARDOUS_CHEMICALS'";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

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
    void the_rebuilt_figures_equal_the_figures_the_events_kept() throws InterruptedException {
        clock.setTo(LocalDateTime.of(2024, 5, 6, 10, 0));
        UUID enterprise = api.enterprise("653024", "HAZARDOUS_CHEMICALS");
        UUID overdue = register(enterprise, "SELF_INSPECTION", "1", "2023-11-20");
        UUID writtenOff = register(enterprise, "SUPERVISORY_INSPECTION", "2", "2024-05-02");
        UUID cancelled = register(enterprise, "VERIFIED_TIP_OFF", "3", "2024-05-03");
        api.changed("POST", overdue, "/rectification-plan", 0, plan("2024-05-20"));
        api.changed("POST", writtenOff, "/rectification-plan", 0, plan("2024-07-31"));
        clock.setTo(LocalDateTime.of(2024, 5, 8, 10, 0));
        api.changed("PUT", writtenOff, "/listing", 1, Map.of("level", "COUNTY", "supervisingUnit", "ULUGQAT_GOV",
                "responsibleUnit", "EMB", "listedOn", "2024-05-08", "deadline", "2024-09-30"));
        clock.setTo(LocalDateTime.of(2024, 6, 3, 10, 0));
        JsonNode photo = api.read(api.upload(writtenOff, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed("POST", writtenOff, "/rectification", 2, Map.of("evidence", "已整改",
                "attachmentIds", List.of(photo.get("id").asString())));
        api.changed(HazardApiSupport.SECOND_OFFICER, "POST", writtenOff, "/verification", 3, Map.of());
        api.changed(HazardApiSupport.SECOND_OFFICER, "POST", writtenOff, "/write-off", 4, Map.of());
        api.changed("POST", cancelled, "/cancellation", 0, Map.of("reason", "经复核不构成事故隐患"));
        clock.reset();

        List<JsonNode> byEvents = months();
        assertThat(byEvents.get(0).get("total").get("newTotal").asLong()).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> monthsByEvents = monthRows();
        List<Map<String, Object>> linesByEvents = lines();

        MvcTestResult started = mvc.post().uri("/api/v1/reporting/stock/rebuild").with(TestCallers.committeeAdmin())
                .exchange();
        assertThat(started).hasStatus(202);
        String location = started.getResponse().getHeader("Location");
        JsonNode rebuild = api.read(started);
        assertThat(rebuild.get("status").asString()).isEqualTo("RUNNING");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"DONE".equals(rebuild.get("status").asString()) && System.nanoTime() < until) {
            assertThat(rebuild.get("status").asString()).isNotEqualTo("FAILED");
            Thread.sleep(100);
            rebuild = api.get(location);
        }
        assertThat(rebuild.get("status").asString()).isEqualTo("DONE");
        assertThat(rebuild.get("hazardsDone").asLong()).isEqualTo(rebuild.get("hazardsTotal").asLong())
                .isGreaterThanOrEqualTo(3);

        assertThat(monthRows()).isEqualTo(monthsByEvents);
        assertThat(lines()).isEqualTo(linesByEvents);
        assertThat(months()).isEqualTo(byEvents);
        assertThat(mvc.post().uri("/api/v1/reporting/stock/rebuild").with(TestCallers.as(
                TestCallers.typical(org.zhiben.identity.Role.AUDITOR)))).hasStatus(403);
    }

    /** 附表1 of May, June and July 2024 for the key, as the hazards' stock endpoint answers. */
    private List<JsonNode> months() {
        return List.of("2024-05", "2024-06", "2024-07").stream().map(month -> api.get(HazardApiSupport.BASE
                + "/stock/monthly?month=" + month + "&jurisdiction=653024&industry=HAZARDOUS_CHEMICALS")).toList();
    }

    private List<Map<String, Object>> monthRows() {
        return jdbc.queryForList("select * from reporting.stock_month where " + KEY_FILTER + " and (new_self_inspection "
                + "<> 0 or new_supervisory <> 0 or new_tip_off <> 0 or new_found_by_baseline <> 0 or written_off <> 0 "
                + "or cancelled <> 0 or left_found_by_baseline <> 0 or overdue_change <> 0 or listed_change <> 0) "
                + "order by month");
    }

    private List<Map<String, Object>> lines() {
        return jdbc.queryForList("select * from reporting.stock_hazard where " + KEY_FILTER + " and entered_on is not "
                + "null order by hazard_id");
    }

    private UUID register(UUID enterprise, String channel, String clause, String discoveredOn) {
        return UUID.fromString(api.registered(Map.of("enterpriseId", enterprise, "location", "甲类仓库",
                "description", "隐患" + clause, "discoveredOn", discoveredOn, "channel", channel,
                "sourceReference", "SR-" + UUID.randomUUID().toString().substring(0, 8),
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", clause))).get("id").asString());
    }

    private static Map<String, Object> plan(String deadline) {
        return Map.of("responsiblePerson", "王五", "measures", "整改措施", "fundsFen", 10_000,
                "deadline", deadline, "contingencyPlan", "应急预案");
    }
}
