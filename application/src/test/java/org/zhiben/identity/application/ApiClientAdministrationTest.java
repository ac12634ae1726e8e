package org.zhiben.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ApiClientDisabled;
import org.zhiben.identity.ApiClientEnabled;
import org.zhiben.identity.ApiClientRegistered;
import org.zhiben.identity.ApiClientSecretRotated;
import org.zhiben.identity.ClientId;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.testing.RecordingAuditRecorder;

class ApiClientAdministrationTest {

    static final ClientId FIRE = ClientId.of("fire-rescue-detachment");

    final Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneOffset.UTC);
    final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    static final Actor ADMIN = new Actor("admin", "COMMITTEE_ADMIN", "ACO");
    final InMemoryApiClients clients = new InMemoryApiClients();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final RegisterApiClientCommand registration = new RegisterApiClientCommand(FIRE, "消防监督管理系统",
            "自治州消防救援支队", Set.of(HazardPermissions.READ, HazardPermissions.REPORT),
            DataScope.wholePrefecture());

    @Test
    void a_system_is_registered_and_its_secret_handed_out_once_and_stored_as_a_hash() {
        IssuedSecret issued = new RegisterApiClient(clients, new ScriptedPasswordGenerator("S3cr3t!Kz9wQx7Lm"),
                hasher, clock, audit).register(ADMIN, registration);

        ApiClient stored = clients.findByClientId(FIRE).orElseThrow();
        assertThat(issued.secret()).isEqualTo("S3cr3t!Kz9wQx7Lm");
        assertThat(issued.toString()).doesNotContain("S3cr3t!Kz9wQx7Lm");
        assertThat(stored.secretHash()).isEqualTo("{fake}S3cr3t!Kz9wQx7Lm");
        assertThat(stored.scopes()).containsExactlyInAnyOrder(HazardPermissions.READ, HazardPermissions.REPORT);
        assertThat(clients.published).singleElement().isInstanceOf(ApiClientRegistered.class);
    }

    @Test
    void a_client_id_is_registered_only_once() {
        RegisterApiClient register = new RegisterApiClient(clients,
                new ScriptedPasswordGenerator("S3cr3t!Kz9wQx7Lm", "An0ther!Kz9wQx7"), hasher, clock, audit);
        register.register(ADMIN, registration);

        assertThatThrownBy(() -> register.register(ADMIN, registration))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.api-client.id-taken"));
    }

    @Test
    void a_system_cannot_be_registered_to_read_whistleblowers() {
        assertThatThrownBy(() -> new RegisterApiClient(clients, new ScriptedPasswordGenerator("S3cr3t!Kz9wQx7Lm"),
                hasher, clock, audit).register(ADMIN, new RegisterApiClientCommand(FIRE, "系统", "某局",
                Set.of(HazardPermissions.TIPOFFS_IDENTITY_READ), DataScope.wholePrefecture())))
                .isInstanceOf(InvalidValueException.class);
        assertThat(clients.findAll()).isEmpty();
    }

    @Test
    void a_system_is_disabled_enabled_and_given_a_new_secret() {
        new RegisterApiClient(clients, new ScriptedPasswordGenerator("S3cr3t!Kz9wQx7Lm"), hasher, clock, audit)
                .register(ADMIN, registration);

        new DisableApiClient(clients, clock, audit).disable(ADMIN, new ApiClientCommand(FIRE));
        assertThat(clients.findByClientId(FIRE).orElseThrow().permits(HazardPermissions.READ)).isFalse();
        new EnableApiClient(clients, clock, audit).enable(ADMIN, new ApiClientCommand(FIRE));
        IssuedSecret rotated = new RotateApiClientSecret(clients, new ScriptedPasswordGenerator("N3w!Secret#Kz9w"),
                hasher, clock, audit).rotate(ADMIN, new ApiClientCommand(FIRE));

        ApiClient stored = clients.findByClientId(FIRE).orElseThrow();
        assertThat(stored.permits(HazardPermissions.READ)).isTrue();
        assertThat(stored.secretHash()).isEqualTo("{fake}" + rotated.secret());
        assertThat(clients.published).hasExactlyElementsOfTypes(ApiClientRegistered.class, ApiClientDisabled.class,
                ApiClientEnabled.class, ApiClientSecretRotated.class);
    }
}
