package org.zhiben.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void a_county_has_a_six_digit_division_code_and_a_port_administration_a_suffix() {
        assertThat(JurisdictionCode.of("653022").value()).isEqualTo("653022");
        assertThat(JurisdictionCode.of("653000-P01").value()).isEqualTo("653000-P01");
    }

    @Test
    void a_malformed_jurisdiction_code_is_refused_naming_the_field() {
        assertThatThrownBy(() -> JurisdictionCode.of("65300"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("jurisdictionCode");
                    assertThat(e.code()).isEqualTo("jurisdiction.code.invalid");
                });
    }

    @Test
    void unit_codes_are_upper_case_identifiers() {
        assertThat(UnitCode.of("EMB")).isEqualTo(new UnitCode("EMB"));
        assertThatThrownBy(() -> UnitCode.of("emb")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UnitCode.of(" ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("required");
    }
}
