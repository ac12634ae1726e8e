package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.KizilsuPlan.phase;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

class CampaignScheduleTest {

    private final CampaignSchedule schedule = KizilsuPlan.campaignSchedule();

    @Test
    @DisplayName("强化治理水平(2025年1月至12月): mid-2025 lies in the third phase")
    void a_day_in_2025_lies_in_the_strengthening_governance_phase() {
        assertThat(schedule.phaseOn(LocalDate.of(2025, 6, 1))).map(Phase::number).contains(3);
    }

    @Test
    @DisplayName("综合整治阶段(2024年3月12日至12月底): its first day belongs to it, the day before to mobilisation")
    void comprehensive_rectification_starts_on_12_march_2024() {
        assertThat(schedule.phaseOn(LocalDate.of(2024, 3, 12))).map(Phase::number).contains(2);
        assertThat(schedule.phaseOn(LocalDate.of(2024, 3, 11))).map(Phase::number).contains(1);
    }

    @Test
    void no_phase_after_the_campaign_ends_nor_before_it_starts() {
        assertThat(schedule.phaseOn(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(schedule.phaseOn(LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    @DisplayName("从2024年开始至2026年结束")
    void the_campaign_runs_from_the_first_day_of_the_first_phase_to_the_last_day_of_the_last() {
        assertThat(schedule.startsOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(schedule.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_gap_between_two_phases_is_refused() {
        assertThatThrownBy(() -> new CampaignSchedule(List.of(
                phase(1, "A", "一", "one", "2024-01-01", "2024-03-11"),
                phase(2, "B", "二", "two", "2024-03-13", "2024-12-31"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.schedule.not-contiguous"));
    }

    @Test
    void overlapping_phases_are_refused() {
        assertThatThrownBy(() -> new CampaignSchedule(List.of(
                phase(1, "A", "一", "one", "2024-01-01", "2024-03-12"),
                phase(2, "B", "二", "two", "2024-03-12", "2024-12-31"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.schedule.not-contiguous"));
    }

    @Test
    void phases_must_be_numbered_from_one_in_order() {
        assertThatThrownBy(() -> new CampaignSchedule(List.of(
                phase(2, "B", "二", "two", "2024-01-01", "2024-03-11"),
                phase(1, "A", "一", "one", "2024-03-12", "2024-12-31"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.schedule.misnumbered"));
    }

    @Test
    void a_schedule_needs_at_least_one_phase() {
        assertThatThrownBy(() -> new CampaignSchedule(List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phases"));
    }

    @Test
    void a_phase_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> phase(1, "A", "一", "one", "2024-03-11", "2024-01-01"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.phase.ends-before-start"));
    }
}
