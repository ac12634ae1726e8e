package org.zhiben.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhiben.identity.PasswordReset;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserCreated;
import org.zhiben.identity.UserDisabled;
import org.zhiben.identity.UserEnabled;
import org.zhiben.identity.UserId;
import org.zhiben.identity.UserRolesChanged;
import org.zhiben.identity.Username;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;
import org.zhiben.testing.RecordingAuditRecorder;

class UserAdministrationTest {

    static final Instant NOW = Instant.parse("2024-04-01T02:00:00Z");
    static final UnitCode EMB = UnitCode.of("EMB");
    static final UnitCode ACO = UnitCode.of("ACO");
    static final Actor ADMIN = new Actor("admin", "COMMITTEE_ADMIN", "ACO");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final RecordingAuditRecorder audit = new RecordingAuditRecorder();

    @Test
    void a_new_user_gets_a_one_time_password_that_is_stored_only_as_a_hash() {
        CreateUser createUser = new CreateUser(accounts, new ScriptedPasswordGenerator("Xk7#pQ2mWv9z"), hasher, clock,
                audit);

        IssuedPassword issued = createUser.create(ADMIN, new CreateUserCommand(Username.of("li.ming"), "李明",
                RoleAssignment.ofUnit(EMB, Role.DEPARTMENT_OFFICER)));

        UserAccount stored = accounts.findById(issued.userId()).orElseThrow();
        assertThat(issued.oneTimePassword()).isEqualTo("Xk7#pQ2mWv9z");
        assertThat(issued.toString()).doesNotContain("Xk7#pQ2mWv9z");
        assertThat(stored.passwordHash()).isEqualTo("{fake}Xk7#pQ2mWv9z");
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(accounts.published).singleElement().isInstanceOf(UserCreated.class);
    }

    @Test
    void a_username_is_taken_only_once() {
        CreateUser createUser = new CreateUser(accounts,
                new ScriptedPasswordGenerator("Xk7#pQ2mWv9z", "Rt5!bN8cLs3d"), hasher, clock, audit);
        CreateUserCommand command = new CreateUserCommand(Username.of("li.ming"), "李明",
                RoleAssignment.ofUnit(EMB, Role.INSPECTOR));
        createUser.create(ADMIN, command);

        assertThatThrownBy(() -> createUser.create(ADMIN, command))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.username.taken"));
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void a_generated_password_the_policy_refuses_is_drawn_again() {
        CreateUser createUser = new CreateUser(accounts,
                new ScriptedPasswordGenerator("xx-li.ming-Y7", "Rt5!bN8cLs3d"), hasher, clock, audit);

        IssuedPassword issued = createUser.create(ADMIN, new CreateUserCommand(Username.of("li.ming"), "李明",
                RoleAssignment.ofUnit(EMB, Role.INSPECTOR)));

        assertThat(issued.oneTimePassword()).isEqualTo("Rt5!bN8cLs3d");
    }

    @Test
    void roles_and_affiliation_are_changed_and_recorded() {
        UserAccount user = existing("li.ming", RoleAssignment.ofUnit(EMB, Role.DEPARTMENT_OFFICER));
        RoleAssignment county = RoleAssignment.ofJurisdiction(EMB, JurisdictionCode.of("653022"),
                Role.COUNTY_OFFICER, Role.INSPECTOR);

        new ChangeUserRoles(accounts, clock, audit).change(new ChangeUserRolesCommand(ADMIN, user.id(), county));

        assertThat(accounts.findById(user.id()).orElseThrow().assignment()).isEqualTo(county);
        assertThat(accounts.published).singleElement().isInstanceOf(UserRolesChanged.class);
    }

    @Test
    void an_administrator_cannot_take_away_their_own_administrator_role() {
        UserAccount admin = existing("admin", RoleAssignment.ofUnit(ACO, Role.COMMITTEE_ADMIN));

        assertThatThrownBy(() -> new ChangeUserRoles(accounts, clock, audit).change(new ChangeUserRolesCommand(ADMIN,
                admin.id(), RoleAssignment.ofUnit(ACO, Role.AUDITOR))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.user.cannot-drop-own-administration"));
        assertThat(admin.roles()).containsExactly(Role.COMMITTEE_ADMIN);
    }

    @Test
    void a_user_is_disabled_and_enabled_again_but_nobody_disables_themselves() {
        UserAccount user = existing("li.ming", RoleAssignment.ofUnit(EMB, Role.INSPECTOR));
        UserAccount admin = existing("admin", RoleAssignment.ofUnit(ACO, Role.COMMITTEE_ADMIN));

        new DisableUser(accounts, clock, audit).disable(new DisableUserCommand(ADMIN, user.id()));
        assertThat(accounts.findById(user.id()).orElseThrow().isEnabled()).isFalse();
        new EnableUser(accounts, clock, audit).enable(ADMIN, new EnableUserCommand(user.id()));
        assertThat(accounts.findById(user.id()).orElseThrow().isEnabled()).isTrue();

        assertThatThrownBy(() -> new DisableUser(accounts, clock, audit).disable(new DisableUserCommand(ADMIN, admin.id())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.user.cannot-disable-self"));
        assertThat(accounts.published).hasExactlyElementsOfTypes(UserDisabled.class, UserEnabled.class);
    }

    @Test
    void acting_on_an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> new EnableUser(accounts, clock, audit).enable(ADMIN, new EnableUserCommand(UserId.newId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_password_reset_hands_out_a_new_one_time_password_once_and_lifts_a_lockout() {
        UserAccount user = existing("li.ming", RoleAssignment.ofUnit(EMB, Role.INSPECTOR));
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(NOW);
        }

        IssuedPassword issued = new ResetPassword(accounts, new ScriptedPasswordGenerator("Np4$hT6wQz1k"), hasher,
                clock, audit).reset(ADMIN, new ResetPasswordCommand(user.id()));

        UserAccount stored = accounts.findById(user.id()).orElseThrow();
        assertThat(issued.oneTimePassword()).isEqualTo("Np4$hT6wQz1k");
        assertThat(stored.passwordHash()).isEqualTo("{fake}Np4$hT6wQz1k");
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.isLocked(NOW)).isFalse();
        assertThat(accounts.published).singleElement().isInstanceOf(PasswordReset.class);
    }

    private UserAccount existing(String username, RoleAssignment assignment) {
        UserAccount account = UserAccount.create(UserId.newId(), Username.of(username), username, assignment,
                hasher.hash("Initial#Pass1"), NOW);
        account.pullEvents();
        accounts.accounts.put(account.id(), account);
        return account;
    }

    @Test
    void every_change_to_an_account_is_audited_by_id_and_codes_without_names_or_passwords() {
        IssuedPassword issued = new CreateUser(accounts, new ScriptedPasswordGenerator("Xk7#pQ2mWv9z"), hasher,
                clock, audit).create(ADMIN, new CreateUserCommand(Username.of("li.ming"), "李明",
                RoleAssignment.ofUnit(UnitCode.of("HOUSING"), Role.DEPARTMENT_OFFICER)));
        new DisableUser(accounts, clock, audit).disable(new DisableUserCommand(ADMIN, issued.userId(), "left"));
        new EnableUser(accounts, clock, audit).enable(ADMIN, new EnableUserCommand(issued.userId(), "back"));
        new ResetPassword(accounts, new ScriptedPasswordGenerator("Np4$hT6wQz1k"), hasher, clock, audit)
                .reset(ADMIN, new ResetPasswordCommand(issued.userId()));

        assertThat(audit.actions()).containsExactly("user.created", "user.disabled", "user.enabled",
                "user.password-reset");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("user");
            assertThat(entry.entityId()).isEqualTo(issued.userId().toString());
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(String.valueOf(entry.change())).doesNotContain("李明", "Xk7#pQ2mWv9z", "Np4$hT6wQz1k");
        });
        assertThat(audit.entries().get(0).change()).contains("username=li.ming", "roles=DEPARTMENT_OFFICER");
        assertThat(audit.entries().get(1).reason()).isEqualTo("left");
    }

}
