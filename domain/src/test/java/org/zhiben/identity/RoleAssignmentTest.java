package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

class RoleAssignmentTest {

    static final UnitCode EMB = UnitCode.of("EMB");

    @Test
    void an_enterprise_manager_needs_its_enterprise() {
        assertThatThrownBy(() -> new RoleAssignment(Set.of(Role.ENTERPRISE_MANAGER), null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.assignment.enterprise-manager-only-enterprise"));
    }

    @Test
    void an_enterprise_manager_holds_no_other_role() {
        assertThatThrownBy(() -> new RoleAssignment(Set.of(Role.ENTERPRISE_MANAGER, Role.INSPECTOR), null, null,
                UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.assignment.enterprise-manager-only-enterprise"));
    }

    @Test
    void only_an_enterprise_manager_names_an_enterprise() {
        assertThatThrownBy(() -> new RoleAssignment(Set.of(Role.INSPECTOR), EMB, null, UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("enterpriseId"));
    }

    @Test
    void a_county_officer_needs_a_jurisdiction() {
        assertThatThrownBy(() -> RoleAssignment.ofUnit(EMB, Role.COUNTY_OFFICER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("jurisdiction");
                    assertThat(e.code()).isEqualTo("identity.assignment.county-officer-jurisdiction-required");
                });
        assertThat(RoleAssignment.ofJurisdiction(EMB, JurisdictionCode.of("653022"), Role.COUNTY_OFFICER)
                .has(Role.COUNTY_OFFICER)).isTrue();
    }

    @Test
    void staff_of_the_government_work_for_a_unit() {
        assertThatThrownBy(() -> new RoleAssignment(Set.of(Role.AUDITOR), null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.assignment.unit-required"));
    }

    @Test
    void a_user_has_at_least_one_role_and_never_the_api_client_role() {
        assertThatThrownBy(() -> new RoleAssignment(Set.of(), EMB, null, null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RoleAssignment.ofUnit(EMB, Role.API_CLIENT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("identity.assignment.api-client-not-for-users"));
    }
}
