package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RolePermissionsTest {

    @Test
    @DisplayName("“完善举报受理、现场核查、奖金发放、信息保护”: only the tip-off officer sees a whistleblower's identity")
    void only_the_tip_off_officer_may_read_a_whistleblowers_identity() {
        assertThat(holdersOf(Permission.TIPOFFS_IDENTITY_READ)).containsExactly(Role.TIP_OFF_OFFICER);
    }

    @Test
    void only_the_committee_office_manages_users_and_determination_standards() {
        assertThat(holdersOf(Permission.USERS_MANAGE)).containsExactly(Role.COMMITTEE_ADMIN);
        assertThat(holdersOf(Permission.STANDARDS_WRITE)).containsExactly(Role.COMMITTEE_ADMIN);
    }

    @Test
    void the_auditor_only_reads_and_is_the_one_who_reads_the_audit_trail() {
        assertThat(RolePermissions.of(Role.AUDITOR)).allMatch(Permission::isReadOnly).contains(Permission.AUDIT_READ);
        assertThat(holdersOf(Permission.AUDIT_READ)).containsExactly(Role.AUDITOR);
    }

    @Test
    void an_enterprise_reports_its_own_hazards_but_neither_supervises_them_nor_reads_tip_offs() {
        assertThat(RolePermissions.of(Role.ENTERPRISE_MANAGER))
                .contains(Permission.HAZARDS_REPORT, Permission.ENTERPRISES_WRITE)
                .doesNotContain(Permission.HAZARDS_SUPERVISE, Permission.TIPOFFS_READ);
    }

    @Test
    void an_api_client_role_grants_nothing_by_itself_and_sensitive_scopes_cannot_be_granted_to_it() {
        assertThat(RolePermissions.of(Role.API_CLIENT)).isEmpty();
        assertThat(RolePermissions.grantableToApiClients())
                .contains(Permission.HAZARDS_REPORT, Permission.HAZARDS_READ)
                .doesNotContain(Permission.USERS_MANAGE, Permission.AUDIT_READ, Permission.TIPOFFS_IDENTITY_READ)
                .allMatch(p -> p.isReadOnly() || p == Permission.HAZARDS_REPORT);
    }

    @Test
    void several_roles_grant_the_union_of_their_permissions() {
        List<Role> roles = List.of(Role.INSPECTOR, Role.TIP_OFF_OFFICER);

        assertThat(RolePermissions.permits(roles, Permission.TIPOFFS_IDENTITY_READ)).isTrue();
        assertThat(RolePermissions.permits(roles, Permission.HAZARDS_SUPERVISE)).isFalse();
        assertThat(RolePermissions.of(roles)).containsAll(RolePermissions.of(Role.INSPECTOR));
    }

    @Test
    void scope_names_are_stable_and_can_be_read_back() {
        assertThat(Permission.HAZARDS_SUPERVISE.scope()).isEqualTo("hazards:supervise");
        assertThat(Permission.ofScope("tipoffs:identity:read")).contains(Permission.TIPOFFS_IDENTITY_READ);
        assertThat(Permission.ofScope("hazards:delete")).isEmpty();
    }

    private static List<Role> holdersOf(Permission permission) {
        return Arrays.stream(Role.values()).filter(r -> RolePermissions.of(r).contains(permission)).toList();
    }
}
