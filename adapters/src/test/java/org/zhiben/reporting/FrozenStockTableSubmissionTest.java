package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.reporting.StockEvents.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.platform.export.PdfText;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submitted 附表1 is frozen: "报送后即冻结，更正须另出修订版并说明原因" — Ulugqat's table of November 2025 is prepared,
 * remarked and submitted; then hazards of Ulugqat's scope in November change (two more determined major, one written
 * off); revision 1 reads again byte for byte as submitted (its content, its view, its xlsx and PDF), while a correction
 * with a reason makes revision 2 with the new figures. The hazards are in an industry of their own, so no other
 * test's hazards count in their line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrozenStockTableSubmissionTest {

    static final String SUBMISSIONS = "/api/v1/reporting/submissions";
    static final JurisdictionCode ULUGQAT = JurisdictionCode.of("653024");
    static final UnitCode ULUGQAT_GOV = UnitCode.of("ULUGQAT_GOV");
    static final YearMonth NOVEMBER = YearMonth.of(2025, 11);

    final JsonMapper json = JsonMapper.builder().build();
    final IndustryCode industry = IndustryCode.of("FROZEN_" + UUID.randomUUID().toString().substring(0, 8)
            .toUpperCase().replaceAll("[^A-Z]", "X"));
    final UUID enterprise = UUID.randomUUID();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    StockTables tables;
    @Autowired
    TransactionOperations tx;
    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void a_submitted_table_stays_as_submitted_after_the_hazards_change_and_a_correction_is_revision_2()
            throws Exception {
        RequestPostProcessor ulugqat = TestCallers.countyOfficer("653024");
        StockEvents first = hazard(LocalDate.of(2025, 11, 6)).plan(LocalDate.of(2025, 12, 31),
                at(LocalDate.of(2025, 11, 7)));
        publish(List.of(first));
        awaitLine(f -> f.newTotal() == 1);

        String id = body(post(SUBMISSIONS, ulugqat, null, Map.of("kind", "STOCK_TABLE", "period", "2025-11")))
                .get("id").asString();
        body(put(SUBMISSIONS + "/" + id, ulugqat, "\"0\"", Map.of("remarks", "乌恰县11月新增1项，已制定整改方案")));
        JsonNode submitted = body(post(SUBMISSIONS + "/" + id + "/submit", ulugqat, "\"1\"", Map.of()));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        MvcTestResult contentBefore = get(SUBMISSIONS + "/" + id + "/revisions/1/content", ulugqat);
        byte[] frozenBytes = contentBefore.getResponse().getContentAsByteArray();
        String digest = contentBefore.getResponse().getHeader("ETag");
        String viewBefore = text(get(SUBMISSIONS + "/" + id + "/revisions/1", ulugqat));
        List<List<String>> xlsxBefore = cells(get(revisionFile(id, 1, "xlsx"), ulugqat));
        String pdfBefore = PdfText.of(get(revisionFile(id, 1, "pdf"), ulugqat).getResponse()
                .getContentAsByteArray());
        JsonNode line = line(json.readTree(frozenBytes));
        assertThat(line.get("newTotal").asLong()).isEqualTo(1);
        assertThat(line.get("writtenOff").asLong()).isZero();
        assertThat(line.get("closingStock").asLong()).isEqualTo(1);
        assertThat(xlsxBefore.get(0).get(0)).contains("附表1");
        assertThat(String.join("|", xlsxBefore.stream().map(r -> String.join("|", r)).toList()))
                .contains("乌恰县", "第1版");
        assertThat(pdfBefore).contains("期初存量", "本月新增", "乌恰县");

        // November's hazards change after the submission: two more determined major, the first one written off
        StockEvents second = hazard(LocalDate.of(2025, 11, 12));
        StockEvents third = hazard(LocalDate.of(2025, 11, 20));
        first.rectifiedAndVerified(at(LocalDate.of(2025, 11, 25)), at(LocalDate.of(2025, 11, 27)))
                .writtenOff(at(LocalDateTime.of(2025, 11, 30, 23, 59)), false);
        publish(List.of(first, second, third));
        HazardStockFigures now = awaitLine(f -> f.newTotal() == 3 && f.writtenOff() == 1);
        assertThat(now.closingStock()).isEqualTo(2);

        MvcTestResult contentAfter = get(SUBMISSIONS + "/" + id + "/revisions/1/content", ulugqat);
        assertThat(contentAfter.getResponse().getContentAsByteArray()).isEqualTo(frozenBytes);
        assertThat(contentAfter.getResponse().getHeader("ETag")).isEqualTo(digest);
        assertThat(text(get(SUBMISSIONS + "/" + id + "/revisions/1", ulugqat))).isEqualTo(viewBefore);
        assertThat(cells(get(revisionFile(id, 1, "xlsx"), ulugqat))).isEqualTo(xlsxBefore);
        assertThat(PdfText.of(get(revisionFile(id, 1, "pdf"), ulugqat).getResponse().getContentAsByteArray()))
                .isEqualTo(pdfBefore);

        // a correction without a reason is refused and changes nothing; with a reason it is revision 2, regenerated
        assertThat(post(SUBMISSIONS + "/" + id + "/corrections", ulugqat, "\"2\"", Map.of("reason", " ")))
                .hasStatus(400);
        JsonNode corrected = body(post(SUBMISSIONS + "/" + id + "/corrections", ulugqat, "\"2\"",
                Map.of("reason", "补报11月下旬新增的2项重大隐患和1项销号", "remarks", "已更正")));
        assertThat(corrected.get("revisions")).hasSize(2);
        assertThat(corrected.get("revisions").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(corrected.get("revisions").get(1).get("reason").asString())
                .isEqualTo("补报11月下旬新增的2项重大隐患和1项销号");
        JsonNode revision2 = line(json.readTree(get(SUBMISSIONS + "/" + id + "/revisions/2/content", ulugqat)
                .getResponse().getContentAsByteArray()));
        assertThat(revision2.get("newTotal").asLong()).isEqualTo(3);
        assertThat(revision2.get("writtenOff").asLong()).isEqualTo(1);
        assertThat(revision2.get("closingStock").asLong()).isEqualTo(2);
        assertThat(revision2.get("rectificationRate").asString()).isEqualTo("33.3");
        assertThat(text(get(SUBMISSIONS + "/" + id + "/revisions/2", ulugqat))).contains("已更正");
        assertThat(PdfText.of(get(revisionFile(id, 2, "pdf"), ulugqat).getResponse().getContentAsByteArray()))
                .contains("第2版").isNotEqualTo(pdfBefore);

        // revision 1 still shows exactly as it was
        assertThat(get(SUBMISSIONS + "/" + id + "/revisions/1/content", ulugqat).getResponse()
                .getContentAsByteArray()).isEqualTo(frozenBytes);
        assertThat(text(get(SUBMISSIONS + "/" + id + "/revisions/1", ulugqat))).isEqualTo(viewBefore);
        assertThat(cells(get(revisionFile(id, 1, "xlsx"), ulugqat))).isEqualTo(xlsxBefore);
        assertThat(cells(get(revisionFile(id, 2, "xlsx"), ulugqat))).isNotEqualTo(xlsxBefore);

        // another unit reads neither the revision nor its files
        RequestPostProcessor artux = TestCallers.countyOfficer(TestCallers.ARTUX);
        assertThat(mvc.get().uri(revisionFile(id, 1, "xlsx")).with(artux).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(revisionFile(id, 3, "pdf")).with(ulugqat).exchange()).hasStatus(404);

        // the test's other hazards leave the stock within the month, so that no later month of Ulugqat shows them
        second.rectifiedAndVerified(at(LocalDate.of(2025, 11, 28)), at(LocalDate.of(2025, 11, 29)))
                .writtenOff(at(LocalDateTime.of(2025, 11, 30, 12, 0)), false);
        third.rectifiedAndVerified(at(LocalDate.of(2025, 11, 28)), at(LocalDate.of(2025, 11, 29)))
                .writtenOff(at(LocalDateTime.of(2025, 11, 30, 12, 0)), false);
        publish(List.of(second, third));
        assertThat(awaitLine(f -> f.writtenOff() == 3).closingStock()).isZero();
    }

    private StockEvents hazard(LocalDate determinedOn) {
        return StockEvents.registered(enterprise, ULUGQAT, industry, DiscoveryChannel.SELF_INSPECTION,
                determinedOn.minusDays(1), at(determinedOn.minusDays(1))).determined(HazardLevel.MAJOR,
                at(determinedOn));
    }

    /** Publishes the events each hazard has gathered since the last call, in one transaction. */
    private final Map<StockEvents, Integer> published = new HashMap<>();

    private void publish(List<StockEvents> hazards) {
        List<Object> events = new ArrayList<>();
        for (StockEvents hazard : hazards) {
            int from = published.getOrDefault(hazard, 0);
            events.addAll(hazard.events.subList(from, hazard.events.size()));
            published.put(hazard, hazard.events.size());
        }
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
    }

    /** This test's line of Ulugqat's November table, once the read model satisfies {@code until}. */
    private HazardStockFigures awaitLine(java.util.function.Predicate<HazardStockFigures> until) {
        return Eventually.await(() -> tables.ofUnit(ULUGQAT_GOV, NOVEMBER).rows().stream()
                .filter(r -> r.industry().equals(industry)).map(StockTableRow::figures).findFirst()
                .orElse(HazardStockFigures.none()), until);
    }

    private JsonNode line(JsonNode table) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("industry").asString().equals(industry.value())) {
                return row;
            }
        }
        throw new AssertionError("no line of " + industry + " in " + table);
    }

    private static String revisionFile(String id, int number, String type) {
        return "/reporting/submissions/" + id + "/revisions/" + number + "." + type;
    }

    private static List<List<String>> cells(MvcTestResult xlsx) throws Exception {
        assertThat(xlsx).hasStatusOk();
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (Cell cell : row) {
                    values.add(formatter.formatCellValue(cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private MvcTestResult get(String uri, RequestPostProcessor caller) {
        MvcTestResult result = mvc.get().uri(uri).with(caller).exchange();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return result;
    }

    private MvcTestResult post(String uri, RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        var request = mvc.post().uri(uri).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body)));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private MvcTestResult put(String uri, RequestPostProcessor caller, String ifMatch, Map<String, String> body) {
        return mvc.put().uri(uri).with(caller).header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body))).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(text(result)).isBetween(200, 201);
        return json.readTree(text(result));
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
