package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.AKTO;
import static org.zhiben.hazards.HazardFixtures.ARTUX;
import static org.zhiben.hazards.HazardFixtures.CHEMICALS;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.MINES;
import static org.zhiben.hazards.HazardFixtures.ZONE;
import static org.zhiben.hazards.HazardFixtures.at;
import static org.zhiben.hazards.HazardFixtures.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFixtures;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.HazardStockRow;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 自治州事故隐患动态存量统计表 from the hazards' stock lines: each hazard's facts (here taken from its recorded
 * history, as a rebuild takes them) give its line, and the lines give the table of any period.
 */
@DisplayName("附表1 自治州事故隐患动态存量统计表, from the hazards' stock lines")
class HazardStockLineTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private static MajorHazard rectifyingMajor(LocalDate discoveredOn, LocalDate registeredOn, LocalDate deadline,
            DiscoveryChannel channel) {
        MajorHazard hazard = HazardFixtures.major(ARTUX, CHEMICALS, discoveredOn, registeredOn, channel);
        hazard.setRectificationPlan(plan(deadline), ENTERPRISE_USER, at(registeredOn), null);
        return hazard;
    }

    @Test
    void a_hazard_written_off_on_10_march_2025_is_in_the_closing_stock_of_february_and_not_of_march() {
        MajorHazard hazard = rectifyingMajor(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 4, 30), DiscoveryChannel.SUPERVISORY_INSPECTION);
        HazardFixtures.closeLoop(hazard, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10));

        HazardStock february = ofMonth(List.of(hazard), FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE);
        HazardStock march = ofMonth(List.of(hazard), MARCH, ZONE, HazardFixtures.KIZILSU_BASELINE);

        assertThat(february.total().closingStock()).isEqualTo(1);
        assertThat(february.total().writtenOff()).isZero();
        assertThat(march.total().openingStock()).isEqualTo(1);
        assertThat(march.total().writtenOff()).isEqualTo(1);
        assertThat(march.total().closingStock()).isZero();
        assertThat(march.total().rectificationRate()).isEqualByComparingTo("100.0");
    }

    @Test
    void computing_february_again_after_more_changes_gives_the_same_figures() {
        MajorHazard writtenOffInMarch = rectifyingMajor(LocalDate.of(2023, 11, 2), LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 1, 31), DiscoveryChannel.SELF_INSPECTION);
        MajorHazard newInFebruary = rectifyingMajor(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 11),
                LocalDate.of(2025, 5, 31), DiscoveryChannel.VERIFIED_TIP_OFF);
        newInFebruary.list(ListingLevel.COUNTY, UnitCode.of("ARTUX_EMB"), UnitCode.of("ARTUX_GOVERNMENT"),
                LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 20), INSPECTOR, at(LocalDate.of(2025, 2, 20)));
        List<MajorHazard> hazards = List.of(writtenOffInMarch, newInFebruary);
        HazardStock before = ofMonth(hazards, FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE);

        writtenOffInMarch.requestDeadlineExtension(LocalDate.of(2025, 3, 31), ENTERPRISE_USER,
                at(LocalDate.of(2025, 3, 1)), "Parts delayed");
        writtenOffInMarch.approveDeadlineExtension(INSPECTOR, at(LocalDate.of(2025, 3, 2)), null);
        HazardFixtures.closeLoop(writtenOffInMarch, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10));
        newInFebruary.removeListing(LocalDate.of(2025, 3, 3), "Handed to the prefecture", INSPECTOR,
                at(LocalDate.of(2025, 3, 3)));
        newInFebruary.cancel(INSPECTOR, at(LocalDate.of(2025, 3, 4)), ZONE, "Finding did not match the clause");
        List<MajorHazard> laterHazards = new ArrayList<>(hazards);
        laterHazards.add(HazardFixtures.major(LocalDate.of(2025, 3, 15)));
        HazardStock after = ofMonth(laterHazards, FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE);

        assertThat(after).isEqualTo(before);
        HazardStockFigures february = before.total();
        assertThat(february.openingStock()).isEqualTo(1);
        assertThat(february.openingFoundByBaseline()).isEqualTo(1);
        assertThat(february.newByChannel()).containsEntry(DiscoveryChannel.VERIFIED_TIP_OFF, 1L)
                .containsEntry(DiscoveryChannel.SELF_INSPECTION, 0L);
        assertThat(february.closingStock()).isEqualTo(2);
        assertThat(february.closingOverdue()).as("deadline 2025-01-31 was still in force in February").isEqualTo(1);
        assertThat(february.closingListed()).isEqualTo(1);
        assertThat(february.rectificationRate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void the_figures_reconcile_and_the_rate_is_written_off_over_opening_plus_new_with_one_decimal() {
        List<MajorHazard> hazards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hazards.add(rectifyingMajor(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 2),
                    LocalDate.of(2025, 6, 30), DiscoveryChannel.SUPERVISORY_INSPECTION));
        }
        MajorHazard cancelled = HazardFixtures.major(LocalDate.of(2025, 1, 8));
        cancelled.cancel(INSPECTOR, at(LocalDate.of(2025, 1, 9)), ZONE, "Duplicate of another record");
        hazards.add(cancelled);
        HazardFixtures.closeLoop(hazards.get(0), LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20));

        HazardStockFigures january = ofMonth(hazards, YearMonth.of(2025, 1), ZONE, HazardFixtures.KIZILSU_BASELINE).total();

        assertThat(january.openingStock()).isEqualTo(3);
        assertThat(january.newTotal()).isEqualTo(1);
        assertThat(january.writtenOff()).isEqualTo(1);
        assertThat(january.cancelled()).isEqualTo(1);
        assertThat(january.closingStock()).isEqualTo(january.openingStock() + january.newTotal()
                - january.writtenOff() - january.cancelled()).isEqualTo(2);
        assertThat(january.rectificationRate()).isEqualByComparingTo("25.0");
    }

    @Test
    void the_table_has_a_line_per_jurisdiction_and_industry_and_a_total() {
        MajorHazard artuxChemicals = HazardFixtures.major(ARTUX, CHEMICALS, LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 2, 3), DiscoveryChannel.SELF_INSPECTION);
        MajorHazard aktoMines = HazardFixtures.major(AKTO, MINES, LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 4),
                DiscoveryChannel.SUPERVISORY_INSPECTION);
        MajorHazard aktoMines2 = HazardFixtures.major(AKTO, MINES, LocalDate.of(2025, 2, 5),
                LocalDate.of(2025, 2, 5), DiscoveryChannel.SUPERVISORY_INSPECTION);

        HazardStock stock = ofMonth(List.of(artuxChemicals, aktoMines, aktoMines2), FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE);

        assertThat(stock.rows()).extracting(HazardStockRow::jurisdiction, HazardStockRow::industry,
                r -> r.figures().closingStock()).containsExactly(
                        Tuple.tuple(ARTUX, CHEMICALS, 1L),
                        Tuple.tuple(AKTO, MINES, 2L));
        assertThat(stock.total().closingStock()).isEqualTo(3);
        assertThat(stock.total().newByChannel()).containsEntry(DiscoveryChannel.SELF_INSPECTION, 1L)
                .containsEntry(DiscoveryChannel.SUPERVISORY_INSPECTION, 2L);
    }

    @Test
    void general_hazards_and_hazards_not_yet_determined_are_not_counted_and_the_rate_is_then_empty() {
        MajorHazard general = HazardFixtures.reported(LocalDate.of(2025, 2, 3));
        general.determine(HazardLevelOutcome.general(null), INSPECTOR, at(LocalDate.of(2025, 2, 3)), null);
        MajorHazard undetermined = HazardFixtures.reported(LocalDate.of(2025, 2, 4));

        HazardStock stock = ofMonth(List.of(general, undetermined), FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE);

        assertThat(stock.rows()).isEmpty();
        assertThat(stock.total().closingStock()).isZero();
        assertThat(stock.total().rectificationRate()).isNull();
    }

    @Test
    void a_hazard_enters_the_stock_on_the_day_it_is_determined_major() {
        MajorHazard hazard = HazardFixtures.reported(LocalDate.of(2025, 2, 26));
        hazard.determine(HazardLevelOutcome.major(HazardFixtures.CLAUSE), INSPECTOR, at(LocalDate.of(2025, 3, 3)),
                null);

        assertThat(ofMonth(List.of(hazard), FEBRUARY, ZONE, HazardFixtures.KIZILSU_BASELINE).total().closingStock()).isZero();
        assertThat(ofMonth(List.of(hazard), MARCH, ZONE, HazardFixtures.KIZILSU_BASELINE).total().newTotal()).isEqualTo(1);
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> asOf(List.of(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1),
                ZONE, HazardFixtures.KIZILSU_BASELINE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.stock.period-invalid"));
    }

    private static HazardStock ofMonth(List<MajorHazard> hazards, YearMonth month, java.time.ZoneId zone,
            LocalDate baseline) {
        return asOf(hazards, month.atDay(1), month.atEndOfMonth(), zone, baseline);
    }

    private static HazardStock asOf(List<MajorHazard> hazards, LocalDate from, LocalDate to, java.time.ZoneId zone,
            LocalDate baseline) {
        List<LocatedStockLine> lines = new ArrayList<>();
        for (MajorHazard hazard : hazards) {
            HazardStockLine.of(HazardFact.of(hazard), zone, baseline).ifPresent(line -> lines.add(
                    new LocatedStockLine(hazard.id().value(), hazard.enterpriseId(), hazard.jurisdiction(),
                            hazard.industry(), line)));
        }
        return StockLines.table(lines, from, to, baseline);
    }
}
