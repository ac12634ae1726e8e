package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.Permission;

/** How the permissions the modules declare are combined (the production matrix is tested in the adapters). */
class RolePermissionsTest {

    static final Permission READ = Permission.reading("trials:read").grantableToApiClients();
    static final Permission WRITE = Permission.changing("trials:write");
    static final Permission OTHER = Permission.reading("others:read");

    @Test
    void a_role_holds_what_the_modules_grant_it_and_several_roles_the_union() {
        var permissions = new RolePermissions(List.of(READ, WRITE, OTHER), Map.of(
                Role.INSPECTOR, Set.of(READ), Role.COUNTY_OFFICER, Set.of(READ, WRITE)));

        assertThat(permissions.of(Role.INSPECTOR)).containsExactly(READ);
        assertThat(permissions.of(Role.AUDITOR)).isEmpty();
        assertThat(permissions.of(List.of(Role.INSPECTOR, Role.COUNTY_OFFICER))).containsExactly(READ, WRITE);
        assertThat(permissions.permits(List.of(Role.INSPECTOR), WRITE)).isFalse();
        assertThat(permissions.grantableToApiClients()).containsExactly(READ);
        assertThat(permissions.ofScope("others:read")).contains(OTHER);
        assertThat(permissions.ofScope("trials:delete")).isEmpty();
    }

    @Test
    void a_role_cannot_hold_an_undeclared_permission() {
        assertThatThrownBy(() -> new RolePermissions(List.of(READ), Map.of(Role.INSPECTOR, Set.of(WRITE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trials:write");
    }

    @Test
    void the_api_client_role_holds_nothing_by_itself() {
        assertThatThrownBy(() -> new RolePermissions(List.of(READ), Map.of(Role.API_CLIENT, Set.of(READ))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_scope_cannot_be_declared_twice_with_different_properties() {
        assertThatThrownBy(() -> new RolePermissions(List.of(READ, Permission.changing("trials:read")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trials:read");
    }

    @Test
    void a_scope_is_lower_case_words_separated_by_colons() {
        assertThat(Permission.reading("tipoffs:identity:read").scope()).isEqualTo("tipoffs:identity:read");
        assertThat(Permission.reading("a:b")).isEqualTo(Permission.changing("a:b"));
        assertThatThrownBy(() -> Permission.reading("Hazards Read")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Permission.reading("hazards:")).isInstanceOf(IllegalArgumentException.class);
    }
}
