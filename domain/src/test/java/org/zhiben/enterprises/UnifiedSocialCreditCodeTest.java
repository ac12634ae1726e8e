package org.zhiben.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhiben.shared.InvalidValueException;

@DisplayName("统一社会信用代码 (GB 32100-2015)")
class UnifiedSocialCreditCodeTest {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** An independent calculator of the check character: weights 3^(i-1) mod 31, check 31 - (sum mod 31). */
    private static char checkOf(String first17) {
        long sum = 0;
        for (int i = 0; i < 17; i++) {
            long weight = java.math.BigInteger.valueOf(3).pow(i).mod(java.math.BigInteger.valueOf(31)).longValue();
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
        }
        long check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : (int) check);
    }

    @Test
    void the_calculator_reproduces_the_commonly_cited_example() {
        assertThat(checkOf("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // commonly cited example
            "91653001MA7AB1234K", // enterprise (9 市场监管, 1 企业), Artux
            "92653022MA78K9P2X4", // individual business (9 市场监管, 2 个体工商户), Akto
            "52653000C0003210X4", // social organisation (5 民政, 2 民办非企业单位), the prefecture
            "12653000H1234567YB" // public institution (1 机构编制, 2 事业单位)
    })
    void a_code_with_the_right_check_character_is_accepted(String code) {
        assertThat(checkOf(code.substring(0, 17))).isEqualTo(code.charAt(17));
        assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, check digit changed",
            "91350100M000100Y53, organisation code changed",
            "91653001MA7AB1235K, organisation code changed",
            "91653002MA7AB1234K, division code changed",
            "92653022MA78K9P2X5, check digit changed",
            "52653000C0003210Y4, organisation code changed",
            "12653000H1234567YC, check character changed"
    })
    void a_single_changed_character_is_caught_by_the_check_character(String corrupted, String what) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(corrupted))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("creditCode");
                    assertThat(e.code()).isEqualTo("enterprise.credit-code.check");
                });
    }

    @Test
    void every_single_character_substitution_of_a_valid_code_is_refused() {
        String valid = "91653001MA7AB1234K";
        for (int position = 0; position < 18; position++) {
            for (char replacement : CHARACTERS.toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String corrupted = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThatThrownBy(() -> UnifiedSocialCreditCode.of(corrupted))
                        .as(corrupted).isInstanceOf(InvalidValueException.class);
            }
        }
    }

    @Test
    void generated_codes_are_accepted() {
        String[] bodies = {"91653000MA77ABCDE", "93653024MA7XYU8T0", "Y1653000000000001", "N2653023A12345678"};
        for (String body : bodies) {
            String code = body + checkOf(body);
            assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
        }
    }

    @Test
    void lower_case_and_spaces_are_accepted_and_normalised() {
        assertThat(UnifiedSocialCreditCode.of(" 91653001 ma7ab 1234k ").value()).isEqualTo("91653001MA7AB1234K");
        assertThat(UnifiedSocialCreditCode.of("91653001ma7ab1234k"))
                .isEqualTo(UnifiedSocialCreditCode.of("91653001MA7AB1234K"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91653001MA7AB1234", "91653001MA7AB1234KK", "9165"})
    void a_code_of_the_wrong_length_is_refused(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("creditCode");
                    assertThat(e.code()).isEqualTo("enterprise.credit-code.length");
                    assertThat(e.arguments()).containsExactly(code.length());
                });
    }

    @ParameterizedTest
    @CsvSource({
            "91653001MA7AB1234I, 18", // I is not used
            "91653001MO7AB1234K, 10", // O is not used
            "Z1653001MA7AB1234K, 1", // Z is no registration authority
            "J1653001MA7AB1234K, 1", // J is no registration authority
            "9165300AMA7AB1234K, 8" // the division code is digits only
    })
    void a_code_with_an_illegal_character_is_refused_naming_the_position(String code, int position) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("enterprise.credit-code.characters");
                    assertThat(e.arguments()).containsExactly(position);
                });
    }

    @Test
    void messages_do_not_repeat_the_code() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
                .hasMessageNotContaining("91350100M000100Y4");
    }

    @Test
    void the_division_code_is_positions_3_to_8() {
        assertThat(UnifiedSocialCreditCode.of("92653022MA78K9P2X4").divisionCode()).isEqualTo("653022");
    }
}
