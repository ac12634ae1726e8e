package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.application.HazardModule.ARTUX;
import static org.zhiben.hazards.application.HazardModule.CLAUSE;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;
import static org.zhiben.hazards.application.HazardModule.finding;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
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
