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

    @Test
    void the_e_mail_address_is_optional() {
        assertThat(new Person("王建国", "13899123456").email()).isNull();
        assertThat(new Person("王建国", "13899123456", "  ").hasEmail()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang.jianguo@example.cn", "w+hazards@mail.kz.gov.cn", "a_b-c@x-y.com",
            "o'brien@example.org"})
    void a_plain_address_with_a_dotted_domain_is_an_e_mail(String email) {
        assertThat(new Person("王建国", "13899123456", email).email()).isEqualTo(email);
    }

    @Test
    void the_domain_of_an_address_is_stored_in_lower_case_and_the_local_part_as_typed() {
        assertThat(new Person("王建国", "13899123456", " Wang.JG@Example.CN ").email()).isEqualTo("Wang.JG@example.cn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang", "wang@", "@example.cn", "wang@example", "wang@@example.cn", "wang jg@example.cn",
            "wang@exa_mple.cn", "wang..jg@example.cn", ".wang@example.cn", "wang@-example.cn", "王@example.cn",
            "\"wang\"@example.cn", "wang@[10.0.0.1]"})
    void anything_else_is_refused_as_an_e_mail_without_repeating_it(String email) {
        assertThatThrownBy(() -> Person.of("principal", "王建国", "13899123456", email))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("principalEmail");
                    assertThat(e.code()).isEqualTo("enterprise.person.email.invalid");
                    assertThat(e.getMessage()).doesNotContain(email);
                    assertThat(e.arguments()).doesNotContain(email);
                });
    }

    @Test
    void an_e_mail_longer_than_254_characters_or_with_a_local_part_over_64_is_refused() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60)
                + ".cn";
        assertThat(new Person("王建国", "13899123456", "a" + domain).email()).hasSize(248);
        assertThatThrownBy(() -> Person.of("controller", "王建国", "13899123456", "abcdefgh" + domain))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("controllerEmail"));
        assertThat(new Person("王建国", "13899123456", "l".repeat(64) + "@example.cn").email()).isNotNull();
        assertThatThrownBy(() -> new Person("王建国", "13899123456", "l".repeat(65) + "@example.cn"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_text_form_masks_the_e_mail_like_the_phone() {
        String text = new Person("王建国", "13899123456", "zhang.san@example.cn").toString();

        assertThat(text).doesNotContain("zhang.san").contains("z***@example.cn");
    }
}
