package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * 附表1 of a past month is computed from the recorded history: later changes do not alter it. Dated in February and
 * March 2025 in 阿合奇县 (653023), where no other test registers hazards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardStockApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    private static final String FEBRUARY = HazardApiSupport.BASE
            + "/stock/monthly?month=2025-02&jurisdiction=653023&industry=HAZARDOUS_CHEMICALS";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;

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
    void the_stock_of_a_past_month_stays_what_it_was_when_the_hazards_change_later() {
        clock.setTo(LocalDateTime.of(2025, 2, 10, 10, 0));
        UUID enterprise = api.enterprise("653023", "HAZARDOUS_CHEMICALS");
        UUID overdue = register(enterprise, "SELF_INSPECTION", "1");
        UUID listed = register(enterprise, "SUPERVISORY_INSPECTION", "2");
        api.changed("POST", overdue, "/rectification-plan", 0, plan("2025-02-20"));
        clock.setTo(LocalDateTime.of(2025, 2, 12, 10, 0));
        api.changed("PUT", listed, "/listing", 0, Map.of("level", "COUNTY", "supervisingUnit", "AKQI_GOV",
                "responsibleUnit", "EMB", "listedOn", "2025-02-12", "deadline", "2025-06-30"));

        clock.setTo(LocalDateTime.of(2025, 3, 3, 10, 0));
        JsonNode february = api.get(FEBRUARY);
        JsonNode total = february.get("total");
        assertThat(total.get("openingStock").asLong()).isZero();
        assertThat(total.get("newByChannel").get("SELF_INSPECTION").asLong()).isEqualTo(1);
        assertThat(total.get("newByChannel").get("SUPERVISORY_INSPECTION").asLong()).isEqualTo(1);
        assertThat(total.get("newTotal").asLong()).isEqualTo(2);
        assertThat(total.get("closingStock").asLong()).isEqualTo(2);
        assertThat(total.get("closingOverdue").asLong()).isEqualTo(1);
        assertThat(total.get("closingListed").asLong()).isEqualTo(1);
        assertThat(february.get("rows")).hasSize(1);
        assertThat(february.get("rows").get(0).get("jurisdiction").asString()).isEqualTo("653023");

        // March: the overdue one is rectified, accepted and written off; the listed one is cancelled
        JsonNode photo = api.read(api.upload(overdue, "done.png", "image/png", HazardApiSupport.PNG));
        api.changed("POST", overdue, "/rectification", 1, Map.of("evidence", "已整改",
                "attachmentIds", List.of(photo.get("id").asString())));
        api.changed(HazardApiSupport.SECOND_OFFICER, "POST", overdue, "/verification", 2, Map.of());
        api.changed(HazardApiSupport.SECOND_OFFICER, "POST", overdue, "/write-off", 3, Map.of());
        api.changed("DELETE", listed, "/listing", 1, Map.of("removedOn", "2025-03-03", "reason", "误报，撤销挂牌"));
        api.changed("POST", listed, "/cancellation", 2, Map.of("reason", "经复核不构成事故隐患"));
        clock.reset();

        assertThat(api.get(FEBRUARY)).isEqualTo(february);
        assertThat(api.get(HazardApiSupport.BASE + "/stock?from=2025-02-01&to=2025-02-28&jurisdiction=653023"
                + "&industry=HAZARDOUS_CHEMICALS")).isEqualTo(february);

        JsonNode march = api.get(HazardApiSupport.BASE
                + "/stock/monthly?month=2025-03&jurisdiction=653023&industry=HAZARDOUS_CHEMICALS").get("total");
        assertThat(march.get("openingStock").asLong()).isEqualTo(2);
        assertThat(march.get("writtenOff").asLong()).isEqualTo(1);
        assertThat(march.get("cancelled").asLong()).isEqualTo(1);
        assertThat(march.get("closingStock").asLong()).isZero();
        assertThat(march.get("rectificationRate").decimalValue()).isEqualByComparingTo("50.0");

        JsonNode indicators = api.get(HazardApiSupport.BASE + "/indicators?asOf=2025-03-31");
        assertThat(indicators.get("asOf").asString()).isEqualTo("2025-03-31");
        assertThat(indicators.get("newMajorIn2025").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(mvc.get().uri(HazardApiSupport.BASE + "/stock/monthly?month=2025-13").with(ADMIN)).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("hazard.stock.month-invalid");
    }

    private UUID register(UUID enterprise, String channel, String clause) {
        return UUID.fromString(api.registered(Map.of("enterpriseId", enterprise, "location", "甲类仓库",
                "description", "隐患" + clause, "discoveredOn", "2025-02-05", "channel", channel,
                "sourceReference", "SR-" + UUID.randomUUID().toString().substring(0, 8),
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", clause))).get("id").asString());
    }

    private static Map<String, Object> plan(String deadline) {
        return Map.of("responsiblePerson", "王五", "measures", "整改措施", "fundsFen", 10_000,
                "deadline", deadline, "contingencyPlan", "应急预案");
    }
}
