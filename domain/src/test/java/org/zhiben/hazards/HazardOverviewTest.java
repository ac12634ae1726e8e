package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.HazardFixtures.AKTO;
import static org.zhiben.hazards.HazardFixtures.ARTUX;
import static org.zhiben.hazards.HazardFixtures.CHEMICALS;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.KIZILSU_TARGETS;
import static org.zhiben.hazards.HazardFixtures.MINES;
import static org.zhiben.hazards.HazardFixtures.ZONE;
import static org.zhiben.hazards.HazardFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.UnitCode;

@DisplayName("对进展缓慢的及时采取函告、通报、约谈、曝光等措施: the overview of the major hazards on a day")
class HazardOverviewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final UnitCode OFFICE = UnitCode.of("SAFETY_COMMITTEE_OFFICE");

    @Test
    @DisplayName("the stock per jurisdiction and industry, with the overdue and listed hazards of each")
    void counts_the_stock_overdue_and_listed_per_jurisdiction_and_industry() {
        MajorHazard overdue = HazardFixtures.rectifying(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 6, 1));
        MajorHazard listed = HazardFixtures.major(ARTUX, CHEMICALS, LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 3), DiscoveryChannel.SELF_INSPECTION);
        listed.list(ListingLevel.PREFECTURE, OFFICE, UnitCode.of("ARTUX_GOVERNMENT"), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 9, 30), INSPECTOR, at(LocalDate.of(2026, 5, 4)));
        MajorHazard mine = HazardFixtures.major(AKTO, MINES, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10),
                DiscoveryChannel.SUPERVISORY_INSPECTION);
        MajorHazard later = HazardFixtures.major(AKTO, MINES, LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 2),
                DiscoveryChannel.SUPERVISORY_INSPECTION);
        MajorHazard writtenOff = HazardFixtures.rectifying(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 30));
        HazardFixtures.closeLoop(writtenOff, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 25));
        List<MajorHazard> hazards = List.of(overdue, listed, mine, later, writtenOff);

        HazardOverview.Situation situation = HazardOverview.Situation.of(hazards, DAY, ZONE,
                CampaignIndicators.asOf(hazards, DAY, ZONE, KIZILSU_TARGETS));

        assertThat(situation.lines()).containsExactly(
                new HazardOverview.Line(ARTUX, CHEMICALS, 2, 1, 1),
                new HazardOverview.Line(AKTO, MINES, 1, 0, 0));
        assertThat(situation.inStock()).isEqualTo(3);
        assertThat(situation.overdue()).isEqualTo(1);
        assertThat(situation.listed()).isEqualTo(1);
    }

    @Test
    @DisplayName("each overdue hazard counts once, at the highest step of the ladder taken by the day")
    void the_ladder_counts_each_overdue_hazard_at_its_highest_step_taken_by_the_day() {
        MajorHazard notEscalated = HazardFixtures.rectifying(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 6, 20));
        MajorHazard twoSteps = HazardFixtures.rectifying(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 6, 1));
        twoSteps.recordEscalation(EscalationStep.WARNING_LETTER, LocalDate.of(2026, 6, 5), OFFICE, INSPECTOR,
                at(LocalDate.of(2026, 6, 5)));
        twoSteps.recordEscalation(EscalationStep.CIRCULAR, LocalDate.of(2026, 6, 20), OFFICE, INSPECTOR,
                at(LocalDate.of(2026, 6, 20)));
        MajorHazard stepAfterTheDay = HazardFixtures.rectifying(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 6, 1));
        stepAfterTheDay.recordEscalation(EscalationStep.WARNING_LETTER, LocalDate.of(2026, 6, 5), OFFICE, INSPECTOR,
                at(LocalDate.of(2026, 6, 5)));
        stepAfterTheDay.recordEscalation(EscalationStep.CIRCULAR, LocalDate.of(2026, 7, 10), OFFICE, INSPECTOR,
                at(LocalDate.of(2026, 7, 10)));
        List<MajorHazard> hazards = List.of(notEscalated, twoSteps, stepAfterTheDay);

        HazardOverview.Situation situation = HazardOverview.Situation.of(hazards, DAY, ZONE,
                CampaignIndicators.asOf(hazards, DAY, ZONE, KIZILSU_TARGETS));

        assertThat(situation.overdueNoStep()).isEqualTo(1);
        assertThat(situation.ladder()).containsEntry(EscalationStep.WARNING_LETTER, 1L)
                .containsEntry(EscalationStep.CIRCULAR, 1L)
                .containsEntry(EscalationStep.INTERVIEW, 0L)
                .containsEntry(EscalationStep.PUBLIC_EXPOSURE, 0L);
        assertThat(situation.overdue()).isEqualTo(3);
    }
}
