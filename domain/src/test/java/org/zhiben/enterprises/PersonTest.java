package org.zhiben.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhiben.shared.InvalidValueException;

class PersonTest {

    @ParameterizedTest
    @ValueSource(strings = {"13899123456", "19912345678", "0908-4221234", "09084221234", "010-12345678"})
    void a_mainland_mobile_or_a_landline_with_area_code_is_a_phone(String phone) {
        assertThat(new Person("阿依古丽", phone).phone()).isEqualTo(phone);
    }

    @Test
    void spaces_in_a_phone_are_dropped() {
        assertThat(new Person("王建国", "138 9912 3456").phone()).isEqualTo("13899123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12899123456", "1389912345", "4221234", "908-4221234", "+8613899123456", "138-9912-3456x"})
    void anything_else_is_refused_without_repeating_the_number(String phone) {
        assertThatThrownBy(() -> new Person("王建国", phone))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.code()).isEqualTo("enterprise.person.phone.invalid");
                    assertThat(e.getMessage()).doesNotContain(phone);
                    assertThat(e.arguments()).doesNotContain(phone);
                });
    }

    @Test
    void refusals_name_the_callers_field() {
        assertThatThrownBy(() -> Person.of("controller", "王建国", "123"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("controllerPhone"));
        assertThatThrownBy(() -> Person.of("principal", " ", "13899123456"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("principalName"));
    }

    @Test
    void the_text_form_masks_name_and_phone() {
        String text = new Person("王建国", "13899123456").toString();

        assertThat(text).doesNotContain("建国").doesNotContain("13899123456").contains("王**").contains("138****3456");
    }
}
