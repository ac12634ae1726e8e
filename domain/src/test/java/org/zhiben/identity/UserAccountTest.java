package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

class UserAccountTest {

    static final Instant T0 = Instant.parse("2024-04-01T02:00:00Z");
    static final UnitCode EMB = UnitCode.of("EMB");

    UserAccount account = UserAccount.create(UserId.newId(), Username.of("li.ming"), "李明",
            RoleAssignment.ofUnit(EMB, Role.DEPARTMENT_OFFICER), "{hash}one-time", T0);

    @Test
    void a_new_account_is_enabled_and_must_change_its_one_time_password() {
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.pullEvents()).singleElement().isInstanceOfSatisfying(UserCreated.class, e -> {
            assertThat(e.userId()).isEqualTo(account.id());
            assertThat(e.roles()).containsExactly(Role.DEPARTMENT_OFFICER);
            assertThat(e.occurredAt()).isEqualTo(T0);
        });
    }

    @Test
    void events_carry_no_name_and_no_password_hash() {
        account.resetPassword("{hash}secret-hash", T0);
        account.changePassword("{hash}other-hash", T0);

        assertThat(account.pullEvents()).hasSize(3)
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("hash}", "李明", "li.ming"));
    }

    @Test
    void five_consecutive_failed_logins_lock_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusSeconds(i));
        }
        assertThat(account.isLocked(T0.plusSeconds(4))).isFalse();

        account.recordFailedLogin(T0.plusSeconds(4));

        assertThat(account.isLocked(T0.plusSeconds(5))).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(4).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(4).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0);
        }
        account.recordSuccessfulLogin(T0);
        account.recordFailedLogin(T0);

        assertThat(account.consecutiveFailedLogins()).isEqualTo(1);
        assertThat(account.isLocked(T0)).isFalse();
    }

    @Test
    void failures_while_locked_neither_count_nor_extend_the_lock_and_a_locked_account_cannot_log_in() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        Instant until = account.lockedUntil();

        account.recordFailedLogin(T0.plusSeconds(60));

        assertThat(account.lockedUntil()).isEqualTo(until);
        assertThatThrownBy(() -> account.recordSuccessfulLogin(T0.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.user.locked"));
    }

    @Test
    void a_password_reset_lifts_the_lock_and_requires_a_change_which_clears_the_requirement() {
        account.changePassword("{hash}chosen", T0);
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }

        account.resetPassword("{hash}one-time-2", T0);

        assertThat(account.isLocked(T0)).isFalse();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordHash()).isEqualTo("{hash}one-time-2");
        account.changePassword("{hash}chosen-2", T0);
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void a_disabled_account_cannot_log_in_until_enabled_again() {
        account.disable(T0);

        assertThatThrownBy(() -> account.recordSuccessfulLogin(T0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.user.disabled"));
        assertThatThrownBy(() -> account.disable(T0)).isInstanceOf(RuleViolationException.class);

        account.enable(T0);
        account.recordSuccessfulLogin(T0);
        assertThat(account.pullEvents()).hasAtLeastOneElementOfType(UserDisabled.class)
                .hasAtLeastOneElementOfType(UserEnabled.class);
    }

    @Test
    void assigning_other_roles_is_recorded_and_assigning_the_same_ones_is_not() {
        account.pullEvents();
        RoleAssignment county = RoleAssignment.ofJurisdiction(EMB, JurisdictionCode.of("653022"),
                Role.COUNTY_OFFICER);

        account.assign(county, T0);
        account.assign(county, T0);

        assertThat(account.roles()).containsExactly(Role.COUNTY_OFFICER);
        assertThat(account.jurisdiction()).isEqualTo(JurisdictionCode.of("653022"));
        assertThat(account.pullEvents()).singleElement().isInstanceOf(UserRolesChanged.class);
    }

    @Test
    void a_display_name_has_at_most_fifty_characters() {
        assertThatThrownBy(() -> UserAccount.create(UserId.newId(), Username.of("li.ming"), "名".repeat(51),
                RoleAssignment.ofUnit(EMB, Role.INSPECTOR), "{hash}x", T0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void a_username_is_three_to_forty_lower_case_letters_digits_dots_underscores_or_dashes() {
        assertThat(Username.of("wang_fang-2.emb").value()).isEqualTo("wang_fang-2.emb");
        assertThatThrownBy(() -> Username.of("Li.Ming")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Username.of("li")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Username.of("a".repeat(41))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Username.of("li ming")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("identity.username.invalid"));
    }
}
