package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.HazardFixtures.ARTUX;
import static org.zhiben.hazards.HazardFixtures.CHEMICALS;
import static org.zhiben.hazards.HazardFixtures.KIZILSU_TARGETS;
import static org.zhiben.hazards.HazardFixtures.ZONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("2024年底前基本消除2023年及以前排查发现的重大事故隐患存量,2025年底前有效遏制重大事故隐患增量,"
        + "2026年底前形成重大事故隐患动态清零的常态化机制")
class CampaignIndicatorsTest {

    private static MajorHazard majorFound(LocalDate discoveredOn, LocalDate registeredOn) {
        return HazardFixtures.major(ARTUX, CHEMICALS, discoveredOn, registeredOn,
                DiscoveryChannel.SUPERVISORY_INSPECTION);
    }

    @Test
    @DisplayName("于2024年12月20日前全部消除完毕2023年存量隐患")
    void the_2023_stock_is_cleared_when_none_of_it_remains_on_20_december_2024() {
        MajorHazard old = majorFound(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 3, 20));
        old.setRectificationPlan(HazardFixtures.plan(LocalDate.of(2024, 11, 30)), HazardFixtures.ENTERPRISE_USER,
                HazardFixtures.at(LocalDate.of(2024, 3, 21)), null);
        MajorHazard new2024 = majorFound(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1));

        CampaignIndicators before = CampaignIndicators.asOf(List.of(old, new2024), LocalDate.of(2024, 12, 31), ZONE, KIZILSU_TARGETS);
        assertThat(before.stockRemaining()).isEqualTo(1);
        assertThat(before.stockCleared()).isFalse();

        HazardFixtures.closeLoop(old, LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 18));
        CampaignIndicators after = CampaignIndicators.asOf(List.of(old, new2024), LocalDate.of(2024, 12, 31), ZONE, KIZILSU_TARGETS);
        assertThat(after.stockRemaining()).isZero();
        assertThat(after.stockCleared()).isTrue();
    }

    @Test
    @DisplayName("2025年底前有效遏制重大事故隐患增量")
    void the_increment_is_contained_when_2025_has_fewer_new_major_hazards_than_2024() {
        List<MajorHazard> hazards = new ArrayList<>();
        hazards.add(majorFound(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)));
        hazards.add(majorFound(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1)));
        hazards.add(majorFound(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)));

        CampaignIndicators contained = CampaignIndicators.asOf(hazards, LocalDate.of(2025, 12, 31), ZONE, KIZILSU_TARGETS);
        assertThat(contained.newMajorInPreviousYear()).isEqualTo(2);
        assertThat(contained.newMajorInTargetYear()).isEqualTo(1);
        assertThat(contained.incrementContained()).isTrue();

        hazards.add(majorFound(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1)));
        assertThat(CampaignIndicators.asOf(hazards, LocalDate.of(2025, 12, 31), ZONE, KIZILSU_TARGETS).incrementContained()).isFalse();
    }

    @Test
    @DisplayName("2026年底前形成重大事故隐患动态清零的常态化机制")
    void dynamic_clearance_is_reached_when_no_major_hazard_is_overdue_at_the_end_of_2026() {
        MajorHazard hazard = HazardFixtures.rectifying(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 30));

        CampaignIndicators overdue = CampaignIndicators.asOf(List.of(hazard), LocalDate.of(2027, 1, 15), ZONE, KIZILSU_TARGETS);
        assertThat(overdue.overdueAtTarget()).isEqualTo(1);
        assertThat(overdue.dynamicClearance()).isFalse();

        HazardFixtures.rectify(hazard, LocalDate.of(2026, 12, 20));
        CampaignIndicators cleared = CampaignIndicators.asOf(List.of(hazard), LocalDate.of(2027, 1, 15), ZONE, KIZILSU_TARGETS);
        assertThat(cleared.overdueAtTarget()).isZero();
        assertThat(cleared.dynamicClearance()).isTrue();
    }

    @Test
    @DisplayName("another plan's baseline, dates and values are measured, not Kizilsu's")
    void the_targets_follow_the_loaded_plan() {
        HazardTargets other = new HazardTargets(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 3, 31), 1,
                LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30), 0);
        MajorHazard foundBeforeBaseline = majorFound(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2));
        MajorHazard foundAfterBaseline = majorFound(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 2));
        List<MajorHazard> hazards = List.of(foundBeforeBaseline, foundAfterBaseline,
                majorFound(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 1)),
                majorFound(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 1)),
                majorFound(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));

        CampaignIndicators indicators = CampaignIndicators.asOf(hazards, LocalDate.of(2024, 6, 30), ZONE, other);

        assertThat(indicators.stockRemaining()).as("only the stock found on or before 2022-06-30").isEqualTo(1);
        assertThat(indicators.stockCleared()).as("at most one may remain").isTrue();
        assertThat(indicators.newMajorInPreviousYear()).as("2022-07-01 to 2023-06-30").isEqualTo(1);
        assertThat(indicators.newMajorInTargetYear()).as("2023-07-01 to 2024-06-30").isEqualTo(3);
        assertThat(indicators.incrementContained()).isFalse();
        assertThat(CampaignIndicators.asOf(hazards, LocalDate.of(2024, 6, 30), ZONE, KIZILSU_TARGETS)
                .stockRemaining()).as("Kizilsu counts everything found by 2023").isEqualTo(4);
    }
}
