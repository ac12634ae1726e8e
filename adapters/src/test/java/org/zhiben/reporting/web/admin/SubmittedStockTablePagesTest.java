package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardRegistered;
import org.zhiben.hazards.HazardWrittenOff;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.reporting.StockTableRow;
import org.zhiben.reporting.StockTables;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 on the submission pages as the official table ("2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表"):
 * the draft and each frozen revision read as the form — the two-row heading of the export (期初存量 over 合计 and
 * 其中2023年及以前, 本月新增 over 合计 and each channel, 期末存量 over 合计, 其中逾期, 其中挂牌督办), a line per
 * jurisdiction and industry by name, the total, the rate as a percentage — never as JSON and with no code, the
 * remarks shown, and each submitted revision's xlsx and PDF one click away.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmittedStockTablePagesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final JurisdictionCode ULUGQAT = JurisdictionCode.of("653024");
    static final IndustryCode MINES = IndustryCode.of("MINES");
    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    StockTables tables;
    @Autowired
    TransactionOperations tx;
    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void the_draft_and_each_revision_show_as_the_form_with_remarks_and_the_revisions_files() {
        long before = minesWrittenOff();
        UUID enterprise = UUID.randomUUID();
        HazardId kept = HazardId.newId();
        HazardId writtenOff = HazardId.newId();
        List<HazardEvent> events = List.of(
                registered(kept, enterprise, LocalDate.of(2026, 2, 3)), determined(kept, enterprise, 2, 4),
                registered(writtenOff, enterprise, LocalDate.of(2026, 2, 5)), determined(writtenOff, enterprise, 2, 6),
                new HazardWrittenOff(DomainEvent.newEventId(), writtenOff, enterprise, ULUGQAT, MINES,
                        HazardLevel.MAJOR, "EMB", day(2, 26)));
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
        Eventually.await(this::minesWrittenOff, n -> n == before + 1);

        RequestPostProcessor ulugqat = TestCallers.countyOfficer("653024");
        MvcTestResult prepared = mvc.post().uri("/reporting/submissions").with(ulugqat).param("kind", "STOCK_TABLE")
                .param("period", "2026-02").exchange();
        assertThat(prepared).hasStatus3xxRedirection();
        String location = prepared.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reporting/submissions/");
        String id = location.substring("/reporting/submissions/".length());

        String draft = page(mvc.get().uri(location).with(ulugqat).exchange());
        assertForm(draft);
        assertThat(draft).doesNotContain("stock-form-downloads");

        assertThat(mvc.post().uri(location + "/edit").with(ulugqat).param("version", "0")
                .param("remarks", "矿山行业2月新增2项，销号1项").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(location + "/submit").with(ulugqat).param("version", "1").exchange())
                .hasStatus3xxRedirection();

        String submitted = page(mvc.get().uri(location).with(ulugqat).exchange());
        assertForm(submitted);
        assertThat(submitted).contains("矿山行业2月新增2项，销号1项",
                "/reporting/submissions/" + id + "/revisions/1.xlsx", "/reporting/submissions/" + id + "/revisions/1.pdf");

        String revision = page(mvc.get().uri(location + "/revisions/1").with(TestCallers.committeeAdmin()).exchange());
        assertForm(revision);
        assertThat(revision).contains("第1版", "矿山行业2月新增2项，销号1项", "下载第1版 Excel", "下载第1版 PDF",
                "/reporting/submissions/" + id + "/revisions/1.xlsx", "/reporting/submissions/" + id + "/revisions/1.pdf");
        assertThat(mvc.get().uri(location + "/revisions/1.xlsx").with(TestCallers.committeeAdmin()).exchange())
                .hasStatusOk();

        String english = page(mvc.get().uri(location + "/revisions/1").with(ulugqat).param("lang", "en")
                .exchange());
        assertThat(english).contains("Ulugqat County", "Download revision 1 as Excel");
        assertThat(RawCodes.inHtml(english)).isEmpty();
    }

    /** The form: its heading, the line of Ulugqat's mines by name with the month's figures, no JSON, no code. */
    private void assertForm(String html) {
        String text = RawCodes.visibleText(html);
        assertThat(text).contains("附表1", "事故隐患动态存量统计表", "乌恰县人民政府", "2026年2月", "期初存量", "其中2023年及以前",
                "本月新增", "企业自查上报", "督导检查发现", "群众举报查实", "本月销号", "本月撤销", "期末存量", "其中逾期",
                "其中挂牌督办", "整改率", "合计", "乌恰县", "矿山");
        assertThat(html).contains("id=\"stock-form-table\"", "rowspan=\"2\"", "colspan=\"3\"", "%")
                .doesNotContain("openingStock", "\"rows\"", "newByChannel");
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }

    private long minesWrittenOff() {
        return tables.ofUnit(UnitCode.of("ULUGQAT_GOV"), FEBRUARY).rows().stream()
                .filter(r -> r.industry().equals(MINES)).map(StockTableRow::figures)
                .mapToLong(f -> f.writtenOff()).sum();
    }

    private static HazardRegistered registered(HazardId id, UUID enterprise, LocalDate discovered) {
        return new HazardRegistered(DomainEvent.newEventId(), id, enterprise, ULUGQAT, MINES, null,
                DiscoveryChannel.SELF_INSPECTION, discovered, discovered.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    private static HazardDetermined determined(HazardId id, UUID enterprise, int month, int day) {
        return new HazardDetermined(DomainEvent.newEventId(), id, enterprise, ULUGQAT, MINES, HazardLevel.MAJOR,
                new ClauseReference("MINE-2017", "1"), day(month, day));
    }

    private static Instant day(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(10, 0).atZone(SHANGHAI).toInstant();
    }

    private static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
