package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.at;
import static org.zhiben.hazards.HazardFixtures.plan;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

@DisplayName("挂牌督办: listing supervision of major hazards")
class ListingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 2);
    private static final UnitCode PREFECTURE_OFFICE = UnitCode.of("SAFETY_COMMITTEE_OFFICE");
    private static final UnitCode COUNTY = UnitCode.of("ARTUX_GOVERNMENT");

    private static void listOn(MajorHazard hazard, LocalDate on, LocalDate deadline) {
        hazard.list(ListingLevel.PREFECTURE, PREFECTURE_OFFICE, COUNTY, on, deadline, INSPECTOR, at(on));
    }

    @Test
    void a_major_hazard_is_listed_with_its_supervising_and_responsible_units() {
        MajorHazard hazard = HazardFixtures.major(DAY);
        listOn(hazard, DAY, DAY.plusMonths(6));

        assertThat(hazard.listing()).get().satisfies(l -> {
            assertThat(l.level()).isEqualTo(ListingLevel.PREFECTURE);
            assertThat(l.supervisingUnit()).isEqualTo(PREFECTURE_OFFICE);
            assertThat(l.responsibleUnit()).isEqualTo(COUNTY);
        });
        assertThat(hazard.pullEvents()).last().isInstanceOf(HazardListed.class);
    }

    @Test
    void a_general_hazard_or_one_not_yet_determined_cannot_be_listed() {
        MajorHazard general = HazardFixtures.reported(DAY);
        general.determine(HazardLevelOutcome.general("CHEM-2017"), INSPECTOR, at(DAY), null);
        MajorHazard reported = HazardFixtures.reported(DAY);

        for (MajorHazard hazard : new MajorHazard[] {general, reported}) {
            assertThatThrownBy(() -> listOn(hazard, DAY, DAY.plusMonths(1)))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.code()).isEqualTo("hazard.listing.not-major"));
        }
    }

    @Test
    void a_hazard_cannot_be_listed_twice_at_once_but_again_after_removal() {
        MajorHazard hazard = HazardFixtures.major(DAY);
        listOn(hazard, DAY, DAY.plusMonths(6));

        assertThatThrownBy(() -> listOn(hazard, DAY.plusDays(1), DAY.plusMonths(3)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.listing.already-listed"));

        hazard.removeListing(DAY.plusDays(10), "Decision of the committee office: handed to the county",
                INSPECTOR, at(DAY.plusDays(10)));
        listOn(hazard, DAY.plusDays(20), DAY.plusMonths(4));
        assertThat(hazard.listings()).hasSize(2);
        assertThat(hazard.isListed()).isTrue();
    }

    @Test
    void the_listing_deadline_is_at_most_one_year_after_the_listing() {
        MajorHazard hazard = HazardFixtures.major(DAY);

        listOn(hazard, DAY, DAY.plusYears(1));
        hazard.removeListing(DAY, "Listed by mistake", INSPECTOR, at(DAY));
        assertThatThrownBy(() -> listOn(hazard, DAY, DAY.plusYears(1).plusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.listing.deadline-too-late"));
    }

    @Test
    void a_listing_is_removed_by_decision_with_a_reason_and_cannot_be_listed_again_once_written_off() {
        MajorHazard hazard = HazardFixtures.major(DAY);
        listOn(hazard, DAY, DAY.plusMonths(6));
        hazard.setRectificationPlan(plan(DAY.plusMonths(2)), ENTERPRISE_USER, at(DAY), null);

        assertThatThrownBy(() -> hazard.removeListing(DAY.plusMonths(1), " ", INSPECTOR, at(DAY.plusMonths(1))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("listing.removalReason"));
        hazard.removeListing(DAY.plusMonths(1), "Handed to the county", INSPECTOR, at(DAY.plusMonths(1)));
        assertThat(hazard.isListed()).isFalse();
        assertThat(hazard.isListedOn(DAY.plusMonths(1).minusDays(1))).isTrue();
        assertThat(hazard.isListedOn(DAY.plusMonths(1))).isFalse();

        HazardFixtures.closeLoop(hazard, DAY.plusMonths(1).plusDays(1), DAY.plusMonths(1).plusDays(3));
        assertThatThrownBy(() -> listOn(hazard, DAY.plusMonths(2), DAY.plusMonths(3)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.listing.not-allowed"));
    }

    @Test
    void removing_a_listing_that_is_not_in_force_is_refused() {
        MajorHazard hazard = HazardFixtures.major(DAY);

        assertThatThrownBy(() -> hazard.removeListing(DAY, "reason", INSPECTOR, at(DAY)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.listing.not-listed"));
    }
}
