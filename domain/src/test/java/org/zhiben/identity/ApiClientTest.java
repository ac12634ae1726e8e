package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.audit.AuditPermissions;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;

class ApiClientTest {

    static final Instant T0 = Instant.parse("2024-04-01T02:00:00Z");

    @Test
    void another_bureaus_system_is_registered_with_read_scopes_and_hazard_reporting() {
        ApiClient client = ApiClient.register(ClientId.of("psb-fire-system"), "消防监督系统", "自治州消防救援支队",
                Set.of(HazardPermissions.READ, HazardPermissions.REPORT), DataScope.wholePrefecture(),
                "{hash}secret", T0);

        assertThat(client.permits(HazardPermissions.REPORT)).isTrue();
        assertThat(client.permits(EnterprisePermissions.READ)).isFalse();
        assertThat(client.pullEvents()).singleElement().isInstanceOf(ApiClientRegistered.class);
    }

    @Test
    void managing_users_reading_the_audit_trail_or_a_whistleblowers_identity_cannot_be_granted_to_a_system() {
        for (Permission refused : Set.of(IdentityPermissions.USERS_MANAGE, AuditPermissions.READ,
                HazardPermissions.TIPOFFS_IDENTITY_READ, HazardPermissions.SUPERVISE)) {
            assertThatThrownBy(() -> ApiClient.register(ClientId.of("bureau-x"), "系统", "某局",
                    Set.of(HazardPermissions.READ, refused), DataScope.wholePrefecture(), "{hash}s", T0))
                    .as(refused.scope())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("identity.api-client.scope-not-grantable");
                        assertThat(e.arguments()).containsExactly(refused.scope());
                    });
        }
    }

    @Test
    void a_system_must_be_granted_a_data_scope_that_sees_something() {
        assertThatThrownBy(() -> ApiClient.register(ClientId.of("bureau-x"), "系统", "某局",
                Set.of(HazardPermissions.READ), DataScope.none(), "{hash}s", T0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.api-client.data-scope-required"));
    }

    @Test
    void a_disabled_system_is_permitted_nothing() {
        ApiClient client = ApiClient.register(ClientId.of("akto-county"), "阿克陶县系统", "阿克陶县应急管理局",
                Set.of(HazardPermissions.READ), DataScope.jurisdiction(JurisdictionCode.of("653022")), "{hash}s",
                T0);

        client.disable(T0);

        assertThat(client.permits(HazardPermissions.READ)).isFalse();
    }

    @Test
    void a_client_id_is_three_to_sixty_lower_case_letters_digits_or_dashes() {
        assertThatThrownBy(() -> ClientId.of("PSB")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ClientId.of("ab")).isInstanceOf(InvalidValueException.class);
        assertThat(ClientId.of("kizilsu-psb-01").value()).isEqualTo("kizilsu-psb-01");
    }
}
