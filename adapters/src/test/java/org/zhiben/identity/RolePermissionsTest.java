package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.zhiben.audit.AuditPermissions;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.enforcement.EnforcementPermissions;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.shared.Permission;

/**
 * The permission matrix as the modules declare it (each module's {@code AccessRules} bean), combined by identity.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RolePermissionsTest {

    @Autowired
    RolePermissions rolePermissions;

    @Test
    @DisplayName("“完善举报受理、现场核查、奖金发放、信息保护”: only the tip-off officer sees a whistleblower's identity")
    void only_the_tip_off_officer_may_read_a_whistleblowers_identity() {
        assertThat(holdersOf(HazardPermissions.TIPOFFS_IDENTITY_READ)).containsExactly(Role.TIP_OFF_OFFICER);
    }

    @Test
    void only_the_committee_office_manages_users_and_determination_standards() {
        assertThat(holdersOf(IdentityPermissions.USERS_MANAGE)).containsExactly(Role.COMMITTEE_ADMIN);
        assertThat(holdersOf(HazardPermissions.STANDARDS_WRITE)).containsExactly(Role.COMMITTEE_ADMIN);
    }

    @Test
    void the_auditor_only_reads_and_is_the_one_who_reads_the_audit_trail() {
        assertThat(rolePermissions.of(Role.AUDITOR)).allMatch(Permission::isReadOnly).contains(AuditPermissions.READ);
        assertThat(holdersOf(AuditPermissions.READ)).containsExactly(Role.AUDITOR);
    }

    @Test
    void an_enterprise_reports_its_own_hazards_but_neither_supervises_them_nor_reads_tip_offs() {
        assertThat(rolePermissions.of(Role.ENTERPRISE_MANAGER))
                .contains(HazardPermissions.REPORT, EnterprisePermissions.WRITE)
                .doesNotContain(HazardPermissions.SUPERVISE, HazardPermissions.TIPOFFS_READ);
    }

    @Test
    void an_api_client_role_grants_nothing_by_itself_and_sensitive_scopes_cannot_be_granted_to_it() {
        assertThat(rolePermissions.of(Role.API_CLIENT)).isEmpty();
        assertThat(rolePermissions.grantableToApiClients())
                .contains(HazardPermissions.REPORT, HazardPermissions.READ)
                .doesNotContain(IdentityPermissions.USERS_MANAGE, AuditPermissions.READ,
                        HazardPermissions.TIPOFFS_IDENTITY_READ)
                // the changing scopes a bureau's system may hold: reporting hazards, and a hotline reporting tip-offs
                .allMatch(p -> p.isReadOnly() || p.equals(HazardPermissions.REPORT)
                        || p.equals(EnforcementPermissions.TIPOFFS_REPORT));
    }

    @Test
    void several_roles_grant_the_union_of_their_permissions() {
        List<Role> roles = List.of(Role.INSPECTOR, Role.TIP_OFF_OFFICER);

        assertThat(rolePermissions.permits(roles, HazardPermissions.TIPOFFS_IDENTITY_READ)).isTrue();
        assertThat(rolePermissions.permits(roles, HazardPermissions.SUPERVISE)).isFalse();
        assertThat(rolePermissions.of(roles)).containsAll(rolePermissions.of(Role.INSPECTOR));
    }

    @Test
    void scope_names_are_stable_and_can_be_read_back() {
        assertThat(HazardPermissions.SUPERVISE.scope()).isEqualTo("hazards:supervise");
        assertThat(rolePermissions.ofScope("tipoffs:identity:read")).contains(HazardPermissions.TIPOFFS_IDENTITY_READ);
        assertThat(rolePermissions.ofScope("hazards:delete")).isEmpty();
    }

    /** The matrix as docs/security.md shows it: A = admin, D = department, C = county, I = inspector, E = enterprise,
     * T = tip-off officer, L = legal reviewer, U = auditor; g = grantable to an API client. */
    @Test
    void the_modules_together_declare_exactly_the_documented_matrix() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("organization:read", "ADCIETU g"),
                Map.entry("campaign:read", "ADCIETLU g"),
                Map.entry("campaign:progress:write", "ADC"),
                Map.entry("responsibility:resolve", "ADCITU g"),
                Map.entry("enterprises:read", "ADCIETU g"),
                Map.entry("enterprises:write", "ADCE"),
                Map.entry("hazards:read", "ADCIETU g"),
                Map.entry("hazards:report", "ADCIET g"),
                Map.entry("hazards:supervise", "ADC"),
                Map.entry("standards:read", "ADCIETU g"),
                Map.entry("standards:write", "A"),
                Map.entry("tipoffs:read", "ADCITU g"),
                Map.entry("tipoffs:report", "ADCIT g"),
                Map.entry("tipoffs:handle", "T"),
                Map.entry("enforcement:read", "ADCIETLU g"),
                Map.entry("enforcement:inspect", "ADCI"),
                Map.entry("enforcement:penalise", "ADC"),
                Map.entry("enforcement:legal-review", "L"),
                Map.entry("enforcement:rules", "A"),
                Map.entry("principal-checks:record", "ADCIE"),
                Map.entry("training:read", "ADCIETLU g"),
                Map.entry("training:record", "ADCIE"),
                Map.entry("training:supervise", "ADC"),
                Map.entry("reporting:read", "ADCU g"),
                Map.entry("reporting:submit", "ADC"),
                Map.entry("reporting:review", "A"),
                Map.entry("tipoffs:identity:read", "T"),
                Map.entry("users:manage", "A"),
                Map.entry("audit:read", "U")));
        Map<String, String> declared = new TreeMap<>();
        for (Permission permission : rolePermissions.all()) {
            StringBuilder holders = new StringBuilder();
            for (Role role : Role.values()) {
                if (rolePermissions.of(role).contains(permission)) {
                    holders.append(switch (role) {
                        case COMMITTEE_ADMIN -> 'A';
                        case DEPARTMENT_OFFICER -> 'D';
                        case COUNTY_OFFICER -> 'C';
                        case INSPECTOR -> 'I';
                        case ENTERPRISE_MANAGER -> 'E';
                        case TIP_OFF_OFFICER -> 'T';
                        case LEGAL_REVIEWER -> 'L';
                        case AUDITOR -> 'U';
                        case API_CLIENT -> '?';
                    });
                }
            }
            declared.put(permission.scope(), holders + (permission.isGrantableToApiClients() ? " g" : ""));
        }
        assertThat(declared).isEqualTo(expected);
    }

    private List<Role> holdersOf(Permission permission) {
        return Arrays.stream(Role.values()).filter(r -> rolePermissions.of(r).contains(permission)).toList();
    }
}
