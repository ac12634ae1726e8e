package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.HazardFixtures.KIZILSU_TARGETS;
import static org.zhiben.hazards.HazardFixtures.ZONE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("2026年底前形成重大事故隐患动态清零的常态化机制: a yearly target is only 已达成 once its year has ended")
class TargetProgressTest {

    @Test
    @DisplayName("before the end of 2026, no overdue major hazard is on track (进行中), not yet 已达成")
    void dynamic_clearance_is_on_track_while_2026_runs() {
        CampaignIndicators december = CampaignIndicators.asOf(List.of(), LocalDate.of(2026, 12, 2), ZONE,
                KIZILSU_TARGETS);

        assertThat(december.dynamicClearance()).isTrue();
        assertThat(december.dynamicClearanceProgress()).isEqualTo(TargetProgress.ON_TRACK);
        assertThat(december.dynamicClearanceProgress().decided()).isFalse();
    }

    @Test
    @DisplayName("on 31 December 2026 the year has not ended yet; from 1 January 2027 the target is 已达成")
    void dynamic_clearance_is_met_only_after_the_last_day_of_the_year() {
        assertThat(CampaignIndicators.asOf(List.of(), LocalDate.of(2026, 12, 31), ZONE, KIZILSU_TARGETS)
                .dynamicClearanceProgress()).isEqualTo(TargetProgress.ON_TRACK);
        assertThat(CampaignIndicators.asOf(List.of(), LocalDate.of(2027, 1, 1), ZONE, KIZILSU_TARGETS)
                .dynamicClearanceProgress()).isEqualTo(TargetProgress.MET);
    }

    @Test
    @DisplayName("an overdue major hazard before the end of the year is behind (尚未达标); after it, 未达成")
    void dynamic_clearance_is_behind_then_missed_with_an_overdue_hazard() {
        MajorHazard hazard = HazardFixtures.rectifying(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 30));

        assertThat(CampaignIndicators.asOf(List.of(hazard), LocalDate.of(2026, 12, 2), ZONE, KIZILSU_TARGETS)
                .dynamicClearanceProgress()).isEqualTo(TargetProgress.BEHIND);
        assertThat(CampaignIndicators.asOf(List.of(hazard), LocalDate.of(2027, 1, 15), ZONE, KIZILSU_TARGETS)
                .dynamicClearanceProgress()).isEqualTo(TargetProgress.MISSED);
    }

    @Test
    @DisplayName("2024年底前基本消除2023年及以前排查发现的重大事故隐患存量: decided after 20 December 2024; "
            + "2025年底前有效遏制重大事故隐患增量: decided after 2025")
    void the_stock_and_the_increment_are_decided_after_their_own_days() {
        CampaignIndicators midDecember2024 = CampaignIndicators.asOf(List.of(), LocalDate.of(2024, 12, 20), ZONE,
                KIZILSU_TARGETS);
        CampaignIndicators after = CampaignIndicators.asOf(List.of(), LocalDate.of(2024, 12, 21), ZONE,
                KIZILSU_TARGETS);

        assertThat(midDecember2024.stockProgress()).isEqualTo(TargetProgress.ON_TRACK);
        assertThat(after.stockProgress()).isEqualTo(TargetProgress.MET);
        assertThat(after.incrementProgress()).isEqualTo(TargetProgress.ON_TRACK);
        assertThat(CampaignIndicators.asOf(List.of(), LocalDate.of(2026, 1, 1), ZONE, KIZILSU_TARGETS)
                .incrementProgress()).isEqualTo(TargetProgress.MET);
    }

    @Test
    void the_rule_itself() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(TargetProgress.of(true, end, end)).isEqualTo(TargetProgress.ON_TRACK);
        assertThat(TargetProgress.of(false, end, end)).isEqualTo(TargetProgress.BEHIND);
        assertThat(TargetProgress.of(true, end.plusDays(1), end)).isEqualTo(TargetProgress.MET);
        assertThat(TargetProgress.of(false, end.plusDays(1), end)).isEqualTo(TargetProgress.MISSED);
    }
}
