package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

class HazardSearchCriteriaTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

    private static HazardSearchCriteria criteria(HazardStatus status, Boolean listed, LocalDate overdueOn) {
        return new HazardSearchCriteria(HazardFixtures.ARTUX, null, null, status, HazardLevel.MAJOR, null, listed,
                overdueOn, 0, 20);
    }

    @Test
    void the_criteria_keep_only_hazards_that_pass_every_filter_given() {
        MajorHazard overdue = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(10));

        assertThat(criteria(HazardStatus.RECTIFYING, false, DAY.plusDays(11)).matches(overdue)).isTrue();
        assertThat(criteria(HazardStatus.RECTIFYING, false, DAY.plusDays(10)).matches(overdue)).isFalse();
        assertThat(criteria(HazardStatus.RECTIFYING, true, null).matches(overdue)).isFalse();
        assertThat(criteria(HazardStatus.DETERMINED, null, null).matches(overdue)).isFalse();
        assertThat(criteria(null, null, null).matches(HazardFixtures.reported(DAY))).as("level not yet known")
                .isFalse();
    }

    @Test
    void a_page_holds_at_most_two_hundred_hazards() {
        assertThatThrownBy(() -> new HazardSearchCriteria(null, null, null, null, null, null, null, null, 0, 201))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.search.size-invalid"));
        assertThat(new HazardPage(List.of(), 0, 20, 41).totalPages()).isEqualTo(3);
    }
}
