package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.reporting.StockEvents.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.HazardStockSource;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * 附表1 of July 2025 generated from a known set of hazards, checked cell by cell: "2024年3月开始至2026年12月每月底前报送
 * 自治州事故隐患动态存量统计表". The hazards are fed as the hazards module's events through the event publication registry
 * (Spring Modulith {@link Scenario}) into the read model; they are in an industry of their own, so no other test's
 * hazards count.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
@EnableScenarios
class StockTableCellByCellTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final YearMonth JULY = YearMonth.of(2025, 7);

    @Autowired
    StockTables tables;
    @Autowired
    HazardStockSource source;
    @Autowired
    JdbcTemplate jdbc;

    final IndustryCode industry = IndustryCode.of("CELLS_" + UUID.randomUUID().toString().substring(0, 8)
            .toUpperCase().replaceAll("[^A-Z]", "X"));
    final UUID enterprise = UUID.randomUUID();

    private StockEvents hazard(JurisdictionCode jurisdiction, DiscoveryChannel channel, LocalDate discoveredOn,
            LocalDate determinedOn) {
        return StockEvents.registered(enterprise, jurisdiction, industry, channel, discoveredOn, at(discoveredOn))
                .determined(HazardLevel.MAJOR, at(determinedOn));
    }

    @Test
    void every_cell_of_a_months_table(Scenario scenario) {
        // found in 2023, in the stock since March 2024, its deadline 2025-06-30 passed: opening (of it 2023), overdue
        StockEvents foundIn2023 = hazard(ARTUX, DiscoveryChannel.SELF_INSPECTION, LocalDate.of(2023, 10, 9),
                LocalDate.of(2024, 3, 5)).plan(LocalDate.of(2025, 6, 30), at(LocalDate.of(2024, 3, 6)));
        // listed in June, written off on 31 July at 23:59 Asia/Shanghai (15:59 UTC): written off in July
        StockEvents writtenOffAt2359 = hazard(ARTUX, DiscoveryChannel.SUPERVISORY_INSPECTION,
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3))
                .plan(LocalDate.of(2025, 12, 31), at(LocalDate.of(2025, 5, 4)))
                .listed(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 12, 31))
                .rectifiedAndVerified(at(LocalDate.of(2025, 7, 20)), at(LocalDate.of(2025, 7, 25)))
                .writtenOff(at(LocalDateTime.of(2025, 7, 31, 23, 59)), true);
        // written off at 00:01 on 1 August Asia/Shanghai (16:01 UTC on 31 July): still in July's closing stock
        StockEvents writtenOffInAugust = hazard(ARTUX, DiscoveryChannel.SELF_INSPECTION, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 2)).plan(LocalDate.of(2025, 9, 30), at(LocalDate.of(2025, 6, 3)))
                .rectifiedAndVerified(at(LocalDate.of(2025, 7, 28)), at(LocalDate.of(2025, 7, 30)))
                .writtenOff(at(LocalDateTime.of(2025, 8, 1, 0, 1)), false);
        // discovered on 2023-12-31 but determined major in July: new, not part of the opening stock
        StockEvents determinedInJuly = hazard(ARTUX, DiscoveryChannel.SELF_INSPECTION, LocalDate.of(2023, 12, 31),
                LocalDate.of(2025, 7, 20));
        // a verified tip-off, cancelled within July: new and cancelled, not in the closing stock
        StockEvents cancelled = hazard(AKTO, DiscoveryChannel.VERIFIED_TIP_OFF, LocalDate.of(2025, 7, 3),
                LocalDate.of(2025, 7, 4)).cancelled(HazardStatus.DETERMINED, at(LocalDate.of(2025, 7, 15)));
        // new in July and listed
        StockEvents listed = hazard(AKTO, DiscoveryChannel.SUPERVISORY_INSPECTION, LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 7, 11)).listed(LocalDate.of(2025, 7, 12), LocalDate.of(2026, 1, 12));
        // never counted: a general hazard, a hazard not yet determined, a hazard cancelled before its determination
        StockEvents general = StockEvents.registered(enterprise, AKTO, industry, DiscoveryChannel.SELF_INSPECTION,
                LocalDate.of(2025, 7, 5), at(LocalDate.of(2025, 7, 5)))
                .determined(HazardLevel.GENERAL, at(LocalDate.of(2025, 7, 6)));
        StockEvents undetermined = StockEvents.registered(enterprise, AKTO, industry, DiscoveryChannel.SELF_INSPECTION,
                LocalDate.of(2025, 7, 7), at(LocalDate.of(2025, 7, 7)));
        StockEvents falseReport = StockEvents.registered(enterprise, ARTUX, industry,
                DiscoveryChannel.SELF_INSPECTION, LocalDate.of(2025, 7, 8), at(LocalDate.of(2025, 7, 8)))
                .cancelled(HazardStatus.REPORTED, at(LocalDate.of(2025, 7, 9)));
        List<HazardEvent> events = List.of(foundIn2023, writtenOffAt2359, writtenOffInAugust, determinedInJuly,
                cancelled, listed, general, undetermined, falseReport).stream().flatMap(h -> h.events.stream())
                .toList();

        scenario.stimulate((TransactionOperations tx, ApplicationEventPublisher publisher) ->
                        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from reporting.stock_hazard "
                        + "where industry = ?", Long.class, industry.value()), count -> count == 9)
                .andVerify(count -> {
                    StockTable july = tables.ofScope(DataScope.industries(Set.of(industry)), JULY);
                    assertThat(july.stockFoundOnOrBefore()).isEqualTo(LocalDate.of(2023, 12, 31));
                    assertThat(july.rows()).extracting(StockTableRow::jurisdiction).containsExactly(ARTUX, AKTO);
                    // opening 3 (of them 2023: 1), new 1+0+0, written off 1, cancelled 0, closing 3, overdue 1,
                    // listed 0, rate 1 / (3 + 1) = 25.0 %
                    assertCells(july.rows().get(0).figures(), 3, 1, 1, 0, 0, 1, 0, 3, 1, 0, "25.0");
                    // opening 0, new 0+1+1, written off 0, cancelled 1, closing 1, overdue 0, listed 1, rate 0.0 %
                    assertCells(july.rows().get(1).figures(), 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, "0.0");
                    assertCells(july.total(), 3, 1, 1, 1, 1, 1, 1, 4, 1, 1, "16.7");

                    StockTable august = tables.ofScope(DataScope.industries(Set.of(industry)), JULY.plusMonths(1));
                    // the one determined in July was discovered on 2023-12-31: from August on it is opening stock found in 2023
                    assertCells(august.total(), 4, 2, 0, 0, 0, 1, 0, 3, 1, 1, "25.0");
                    StockTable june = tables.ofScope(DataScope.industries(Set.of(industry)), JULY.minusMonths(1));
                    assertCells(june.total(), 2, 1, 1, 0, 0, 0, 0, 3, 0, 1, "0.0");

                    // the hazards' stock endpoints read the same figures, by month and from the hazards' lines
                    HazardStock byMonth = source.stock(JULY.atDay(1), JULY.atEndOfMonth(), null, industry,
                            DataScope.wholePrefecture());
                    HazardStock byLines = source.stock(JULY.atDay(1), JULY.atEndOfMonth(), null, null,
                            new DataScope(false, Set.of(), Set.of(industry), Set.of(UUID.randomUUID())));
                    assertThat(byMonth.total()).isEqualTo(july.total());
                    assertThat(byLines).isEqualTo(byMonth);
                    HazardStock lastDay = source.stock(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 31), null,
                            industry, DataScope.wholePrefecture());
                    assertThat(lastDay.total().writtenOff()).isEqualTo(1);
                    assertThat(lastDay.total().closingStock()).isEqualTo(4);
                });
    }

    @Test
    void an_event_delivered_twice_is_counted_once(Scenario scenario) {
        StockEvents hazard = hazard(AKTO, DiscoveryChannel.SUPERVISORY_INSPECTION, LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 7, 11));
        scenario.stimulate((TransactionOperations tx, ApplicationEventPublisher publisher) -> {
                    tx.executeWithoutResult(status -> hazard.events.forEach(publisher::publishEvent));
                    // delivered again once the first delivery is done, as after a republication
                    Eventually.await(() -> completed(hazard), done -> done == 2);
                    tx.executeWithoutResult(status -> hazard.events.forEach(publisher::publishEvent));
                })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> completed(hazard), done -> done == 4)
                .andVerify(done -> {
                    HazardStockFigures july = tables.ofScope(DataScope.industries(Set.of(industry)), JULY).total();
                    assertCells(july, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, "0.0");
                });
    }

    /** The deliveries of the hazard's events to the stock listener that are done. */
    private long completed(StockEvents hazard) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'org.zhiben.reporting.listeners.HazardStockListener%' and completion_date is not null "
                + "and serialized_event like ?", Long.class, "%" + hazard.id().value() + "%");
    }

    private static void assertCells(HazardStockFigures f, long opening, long baseline, long self, long supervisory,
            long tipOff, long writtenOff, long cancelled, long closing, long overdue, long listed, String rate) {
        assertThat(f.openingStock()).as("期初存量").isEqualTo(opening);
        assertThat(f.openingFoundByBaseline()).as("其中2023年及以前").isEqualTo(baseline);
        assertThat(f.newByChannel().get(DiscoveryChannel.SELF_INSPECTION)).as("新增：企业自查上报").isEqualTo(self);
        assertThat(f.newByChannel().get(DiscoveryChannel.SUPERVISORY_INSPECTION)).as("新增：督导检查发现")
                .isEqualTo(supervisory);
        assertThat(f.newByChannel().get(DiscoveryChannel.VERIFIED_TIP_OFF)).as("新增：群众举报查实").isEqualTo(tipOff);
        assertThat(f.writtenOff()).as("销号").isEqualTo(writtenOff);
        assertThat(f.cancelled()).as("撤销").isEqualTo(cancelled);
        assertThat(f.closingStock()).as("期末存量").isEqualTo(closing);
        assertThat(f.closingOverdue()).as("其中逾期").isEqualTo(overdue);
        assertThat(f.closingListed()).as("其中挂牌督办").isEqualTo(listed);
        assertThat(f.rectificationRate()).as("整改率").isEqualByComparingTo(rate);
    }
}
