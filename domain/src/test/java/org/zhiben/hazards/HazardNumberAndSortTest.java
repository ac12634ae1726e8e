package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

@DisplayName("隐患编号与隐患库排序")
class HazardNumberAndSortTest {

    @Test
    void a_number_is_county_year_and_a_five_digit_sequence() {
        assertThat(HazardNumber.of(JurisdictionCode.of("653022"), 2026, 58).value()).isEqualTo("653022-2026-00058");
        assertThat(HazardNumber.of(JurisdictionCode.of("653022-P01"), 2026, 1).value())
                .isEqualTo("653022-P01-2026-00001");
        assertThatThrownBy(() -> new HazardNumber("653022-26-58")).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("hazard.number.invalid"));
        assertThatThrownBy(() -> HazardNumber.of(JurisdictionCode.of("653022"), 2026, 0))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_register_sorts_by_number_deadline_or_status_and_a_second_click_reverses() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        MajorHazard a = HazardFixtures.rectifying(day, day, day.plusDays(40));
        MajorHazard b = HazardFixtures.rectifying(day, day, day.plusDays(10));
        MajorHazard c = HazardFixtures.reported(day);

        assertThat(List.of(a, b, c).stream().sorted(HazardSort.parse("deadline").comparator()).toList())
                .containsExactly(b, a, c);
        assertThat(List.of(a, b, c).stream().sorted(HazardSort.parse("status").comparator()).toList())
                .first().isEqualTo(c);
        assertThat(HazardSort.parse("-number")).isEqualTo(HazardSort.parse("number").reversed());
        assertThat(HazardSort.parse("-deadline").text()).isEqualTo("-deadline");
        assertThat(HazardSort.parse(null)).isEqualTo(HazardSort.DEFAULT);
        assertThatThrownBy(() -> HazardSort.parse("enterprise; drop"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    }
}
