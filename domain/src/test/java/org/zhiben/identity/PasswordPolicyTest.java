package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

class PasswordPolicyTest {

    static final Username USER = Username.of("li.ming");

    @Test
    void a_password_of_twelve_characters_from_three_classes_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("Kizilsu2024a", USER)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("克州治本攻坚行动2024a", USER)).doesNotThrowAnyException();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("Kizilsu202a", USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.too-short");
    }

    @Test
    void a_password_longer_than_the_hash_takes_into_account_is_refused() {
        // bcrypt reads 72 bytes: a longer password could not be hashed (nor would its end count)
        assertThatCode(() -> PasswordPolicy.check("Kizilsu2024a" + "x".repeat(60), USER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("Kizilsu2024a" + "x".repeat(61), USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.too-long");
        assertThatThrownBy(() -> PasswordPolicy.check("克州治本攻坚行动2024a" + "安".repeat(16), USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.too-long");
    }

    @Test
    void a_password_from_only_two_character_classes_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("kizilsuartux2024", USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.too-few-character-classes");
        assertThatThrownBy(() -> PasswordPolicy.check("克州安全生产治本攻坚2024", USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.too-few-character-classes");
    }

    @Test
    void a_password_containing_the_username_in_any_case_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("My-LI.MING-2024", USER))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "identity.password.contains-username");
    }

    @Test
    void the_refusal_never_repeats_the_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("secretpassw", USER))
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("secretpassw"));
    }
}
