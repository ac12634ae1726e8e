package org.zhiben.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhiben.testing.RecordingAuditRecorder;
import org.zhiben.identity.PasswordChanged;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.Authentication.Outcome;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

class PasswordsAndLoginTest {

    static final org.zhiben.shared.Actor ME = new org.zhiben.shared.Actor("li.ming", "COUNTY_OFFICER", "EMB");

    static final Instant NOW = Instant.parse("2024-04-01T02:00:00Z");
    static final String CURRENT = "Initial#Pass1";

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final UserAccount user = UserAccount.create(UserId.newId(), Username.of("li.ming"), "李明",
            RoleAssignment.ofUnit(UnitCode.of("EMB"), Role.INSPECTOR), hasher.hash(CURRENT), NOW);
    final AuthenticateUser authenticate = new AuthenticateUser(accounts, hasher, clock);

    {
        user.pullEvents();
        accounts.accounts.put(user.id(), user);
    }

    @Test
    void a_user_replaces_the_one_time_password_with_one_that_meets_the_policy() {
        new ChangeOwnPassword(accounts, hasher, clock, new RecordingAuditRecorder())
                .change(ME, new ChangeOwnPasswordCommand(user.username(), CURRENT, "Chosen&Strong7"));

        assertThat(user.passwordHash()).isEqualTo("{fake}Chosen&Strong7");
        assertThat(user.mustChangePassword()).isFalse();
        assertThat(accounts.published).singleElement().isInstanceOf(PasswordChanged.class);
    }

    @Test
    void the_current_password_must_be_proven() {
        assertThatThrownBy(() -> new ChangeOwnPassword(accounts, hasher, clock, new RecordingAuditRecorder())
                .change(ME, new ChangeOwnPasswordCommand(user.username(), "Wrong#Pass12", "Chosen&Strong7")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.password.current-mismatch"));
        assertThat(user.passwordHash()).isEqualTo(hasher.hash(CURRENT));
    }

    @Test
    void the_new_password_must_differ_from_the_current_one_and_meet_the_policy() {
        ChangeOwnPassword change = new ChangeOwnPassword(accounts, hasher, clock, new RecordingAuditRecorder());

        assertThatThrownBy(() -> change.change(ME,
                new ChangeOwnPasswordCommand(user.username(), CURRENT, CURRENT)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.password.unchanged"));
        assertThatThrownBy(() -> change.change(ME,
                new ChangeOwnPasswordCommand(user.username(), CURRENT, "short#1A")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.password.too-short"));
        assertThat(new ChangeOwnPasswordCommand(user.username(), CURRENT, "short#1A").toString())
                .doesNotContain(CURRENT, "short#1A");
    }

    @Test
    void the_right_password_authenticates_and_tells_that_it_must_still_be_changed() {
        Authentication result = authenticate.authenticate(new AuthenticateUserCommand("li.ming", CURRENT));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.account().mustChangePassword()).isTrue();
    }

    @Test
    void an_unknown_or_malformed_username_and_a_wrong_password_get_the_same_answer() {
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("nobody", CURRENT)).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("Li Ming", CURRENT)).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", "nope")).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
    }

    @Test
    void the_fifth_wrong_password_in_a_row_locks_the_account_for_fifteen_minutes_even_against_the_right_one() {
        for (int i = 0; i < 4; i++) {
            assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", "nope")).outcome())
                    .isEqualTo(Outcome.BAD_CREDENTIALS);
        }
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", "nope")).outcome())
                .isEqualTo(Outcome.LOCKED);
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", CURRENT)).outcome())
                .isEqualTo(Outcome.LOCKED);

        clock.advance(Duration.ofMinutes(15));

        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", CURRENT)).succeeded()).isTrue();
        assertThat(accounts.findById(user.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void a_disabled_account_is_told_apart_only_to_whoever_knows_its_password() {
        user.disable(NOW);

        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", CURRENT)).outcome())
                .isEqualTo(Outcome.DISABLED);
        assertThat(authenticate.authenticate(new AuthenticateUserCommand("li.ming", "nope")).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
