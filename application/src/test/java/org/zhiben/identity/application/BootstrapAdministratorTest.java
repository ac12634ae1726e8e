package org.zhiben.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhiben.testing.RecordingAuditRecorder;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.Username;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.organization.Prefecture;
import org.zhiben.organization.Prefectures;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

class BootstrapAdministratorTest {

    final Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneOffset.UTC);
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    static final Prefectures KIZILSU = () -> new Prefecture(JurisdictionCode.of("653000"), UnitCode.of("ACO"));

    @Test
    void a_fresh_installation_gets_an_administrator_of_the_committee_office_who_must_change_the_password() {
        Optional<IssuedPassword> issued = new BootstrapAdministrator(accounts,
                new ScriptedPasswordGenerator("Gq8@vL3nYp6s"), hasher, KIZILSU, clock, new RecordingAuditRecorder())
                .bootstrap(BootstrapAdministratorCommand.withGeneratedPassword());

        UserAccount admin = accounts.findByUsername(Username.of("admin")).orElseThrow();
        assertThat(issued).hasValueSatisfying(p -> assertThat(p.oneTimePassword()).isEqualTo("Gq8@vL3nYp6s"));
        assertThat(admin.roles()).containsExactly(Role.COMMITTEE_ADMIN);
        assertThat(admin.unit()).isEqualTo(UnitCode.of("ACO"));
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).isEqualTo("{fake}Gq8@vL3nYp6s");
    }

    @Test
    void a_configured_initial_password_is_used_when_it_meets_the_policy() {
        BootstrapAdministrator bootstrap = new BootstrapAdministrator(accounts, new ScriptedPasswordGenerator(),
                hasher, KIZILSU, clock, new RecordingAuditRecorder());

        assertThatThrownBy(() -> bootstrap.bootstrap(new BootstrapAdministratorCommand("admin-Pass#2024")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.password.contains-username"));
        assertThat(bootstrap.bootstrap(new BootstrapAdministratorCommand("Kizilsu#2024start")))
                .hasValueSatisfying(p -> assertThat(p.oneTimePassword()).isEqualTo("Kizilsu#2024start"));
    }

    @Test
    void nothing_happens_once_any_account_exists() {
        BootstrapAdministrator bootstrap = new BootstrapAdministrator(accounts,
                new ScriptedPasswordGenerator("Gq8@vL3nYp6s", "Zz9@vL3nYp6s"), hasher, KIZILSU, clock,
                new RecordingAuditRecorder());
        bootstrap.bootstrap(BootstrapAdministratorCommand.withGeneratedPassword());

        Optional<IssuedPassword> second = bootstrap.bootstrap(BootstrapAdministratorCommand.withGeneratedPassword());

        assertThat(second).isEmpty();
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.saves).isEqualTo(1);
    }

    @Test
    void the_administrator_belongs_to_the_committee_office_of_the_loaded_plan() {
        Prefectures elsewhere = () -> new Prefecture(JurisdictionCode.of("990000"), UnitCode.of("TEST_OFFICE"));

        new BootstrapAdministrator(accounts, new ScriptedPasswordGenerator("Gq8@vL3nYp6s"), hasher, elsewhere, clock,
                new RecordingAuditRecorder()).bootstrap(BootstrapAdministratorCommand.withGeneratedPassword());

        assertThat(accounts.findByUsername(Username.of("admin")).orElseThrow().unit())
                .isEqualTo(UnitCode.of("TEST_OFFICE"));
    }
}
