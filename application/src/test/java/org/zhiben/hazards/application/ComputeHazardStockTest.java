package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.application.HazardModule.AKTO;
import static org.zhiben.hazards.application.HazardModule.ARTUX;
import static org.zhiben.hazards.application.HazardModule.CLAUSE;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;
import static org.zhiben.hazards.application.HazardModule.evidence;
import static org.zhiben.hazards.application.HazardModule.finding;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.HazardStock;
import org.zhiben.shared.InvalidValueException;

@DisplayName("每月底前报送自治州事故隐患动态存量统计表")
class ComputeHazardStockTest {

    private final HazardModule module = new HazardModule(LocalDate.of(2025, 2, 3));

    private HazardId majorIn(org.zhiben.shared.JurisdictionCode jurisdiction) {
        return module.register.execute(new RegisterHazardCommand(
                finding(jurisdiction, module.clock.today(), DiscoveryChannel.SUPERVISORY_INSPECTION),
                HazardLevelOutcome.major(CLAUSE), INSPECTOR));
    }

    @Test
    void the_monthly_table_of_a_past_month_stays_the_same_after_later_write_offs() {
        HazardId id = module.rectifyingMajor(LocalDate.of(2025, 3, 31));
        ComputeHazardStockQuery february = ComputeHazardStockQuery.ofMonth(YearMonth.of(2025, 2), null, null);
        HazardStock before = module.stock.execute(february);

        module.clock.setDay(LocalDate.of(2025, 3, 5));
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(),
                HazardModule.ENTERPRISE_USER, null));
        module.verify.execute(new VerifyRectificationCommand(id, module.version(id), HazardModule.SUPERVISOR, null));
        module.clock.setDay(LocalDate.of(2025, 3, 10));
        module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id), HazardModule.SUPERVISOR, null));

        assertThat(module.stock.execute(february)).isEqualTo(before);
        assertThat(before.total().closingStock()).isEqualTo(1);
        HazardStock march = module.stock.execute(ComputeHazardStockQuery.ofMonth(YearMonth.of(2025, 3), null, null));
        assertThat(march.total().writtenOff()).isEqualTo(1);
        assertThat(march.total().closingStock()).isZero();
    }

    @Test
    void the_table_can_be_limited_to_one_jurisdiction() {
        majorIn(ARTUX);
        majorIn(AKTO);
        majorIn(AKTO);

        HazardStock akto = module.stock.execute(ComputeHazardStockQuery.ofMonth(YearMonth.of(2025, 2), AKTO, null));

        assertThat(akto.total().closingStock()).isEqualTo(2);
        assertThat(akto.rows()).singleElement().satisfies(r -> assertThat(r.jurisdiction()).isEqualTo(AKTO));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new ComputeHazardStockQuery(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28),
                null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.stock.period-invalid"));
    }

    @Test
    void the_campaign_indicators_are_measured_as_of_today_when_no_day_is_given() {
        majorIn(ARTUX);

        CampaignIndicators indicators = module.indicators.execute(null);

        assertThat(indicators.asOf()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(indicators.newMajorInTargetYear()).isEqualTo(1);
        assertThat(indicators.newMajorInPreviousYear()).isZero();
        assertThat(indicators.incrementContained()).isFalse();
    }
}
