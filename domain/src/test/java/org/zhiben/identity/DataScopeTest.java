package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.organization.Prefecture;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

class DataScopeTest {

    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final JurisdictionCode TORUGART = JurisdictionCode.of("653000-P01");
    static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final IndustryCode GAS = IndustryCode.of("URBAN_GAS");
    static final UnitCode EMB = UnitCode.of("EMB");
    static final UnitCode HOUSING = UnitCode.of("HOUSING");
    static final UnitCode ACO = UnitCode.of("ACO");
    static final JurisdictionCode KIZILSU = JurisdictionCode.of("653000");

    final DataScopePolicy policy = new DataScopePolicy(
            unit -> Map.of(EMB, Set.of(CHEMICALS), HOUSING, Set.of(GAS)).getOrDefault(unit, Set.of()),
            () -> new Prefecture(KIZILSU, ACO));

    @Test
    void a_county_officer_sees_only_its_own_jurisdiction() {
        DataScope scope = policy.scopeOf(RoleAssignment.ofJurisdiction(EMB, AKTO, Role.COUNTY_OFFICER));

        assertThat(scope.permits(AKTO, CHEMICALS, null)).isTrue();
        assertThat(scope.permits(ARTUX, CHEMICALS, null)).isFalse();
        assertThat(scope.jurisdictions()).containsExactly(AKTO);
        assertThat(scope.prefectureWide()).isFalse();
    }

    @Test
    void an_officer_of_the_prefecture_jurisdiction_653000_sees_the_whole_prefecture_and_a_port_officer_only_its_port() {
        DataScope prefecture = policy.scopeOf(RoleAssignment.ofJurisdiction(EMB, KIZILSU,
                Role.COUNTY_OFFICER));
        DataScope port = policy.scopeOf(RoleAssignment.ofJurisdiction(EMB, TORUGART, Role.COUNTY_OFFICER));

        assertThat(prefecture.prefectureWide()).isTrue();
        assertThat(prefecture.permits(ARTUX, null, null)).isTrue();
        assertThat(port.permits(TORUGART, null, null)).isTrue();
        assertThat(port.permits(ARTUX, null, null)).isFalse();
    }

    @Test
    @DisplayName("“管行业必须管安全”: a department officer sees its unit's industries in every jurisdiction")
    void a_department_officer_sees_the_industries_of_its_unit_everywhere() {
        DataScope scope = policy.scopeOf(RoleAssignment.ofUnit(HOUSING, Role.DEPARTMENT_OFFICER));

        assertThat(scope.permits(ARTUX, GAS, null)).isTrue();
        assertThat(scope.permits(AKTO, GAS, null)).isTrue();
        assertThat(scope.permits(ARTUX, CHEMICALS, null)).isFalse();
        assertThat(scope.industries()).containsExactly(GAS);
    }

    @Test
    void a_department_whose_industries_are_not_yet_known_sees_nothing() {
        DataScope scope = policy.scopeOf(RoleAssignment.ofUnit(UnitCode.of("NEW_UNIT"), Role.DEPARTMENT_OFFICER));

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.permits(ARTUX, GAS, UUID.randomUUID())).isFalse();
    }

    @Test
    void an_inspector_sees_the_union_of_its_jurisdiction_and_its_units_industries() {
        DataScope scope = policy.scopeOf(RoleAssignment.ofJurisdiction(EMB, ARTUX, Role.INSPECTOR));

        assertThat(scope.permits(ARTUX, GAS, null)).isTrue();
        assertThat(scope.permits(AKTO, CHEMICALS, null)).isTrue();
        assertThat(scope.permits(AKTO, GAS, null)).isFalse();
    }

    @Test
    void an_enterprise_manager_sees_only_its_own_enterprise() {
        UUID own = UUID.randomUUID();
        DataScope scope = policy.scopeOf(RoleAssignment.enterpriseManager(own));

        assertThat(scope.permits(ARTUX, CHEMICALS, own)).isTrue();
        assertThat(scope.permits(ARTUX, CHEMICALS, UUID.randomUUID())).isFalse();
        assertThat(scope.permits(ARTUX, CHEMICALS, null)).isFalse();
        assertThat(scope.enterpriseIds()).containsExactly(own);
    }

    @Test
    void the_committee_office_the_auditor_and_the_tip_off_officer_see_the_whole_prefecture() {
        for (Role role : List.of(Role.COMMITTEE_ADMIN, Role.AUDITOR, Role.TIP_OFF_OFFICER)) {
            DataScope scope = policy.scopeOf(RoleAssignment.ofUnit(ACO, role));

            assertThat(scope.prefectureWide()).as(role.name()).isTrue();
            assertThat(scope.permits(null, null, null)).as(role.name()).isTrue();
        }
    }

    @Test
    void a_user_with_several_roles_sees_what_any_of_them_sees() {
        DataScope scope = policy.scopeOf(new RoleAssignment(Set.of(Role.COUNTY_OFFICER, Role.DEPARTMENT_OFFICER),
                HOUSING, AKTO, null));

        assertThat(scope.permits(AKTO, CHEMICALS, null)).isTrue();
        assertThat(scope.permits(ARTUX, GAS, null)).isTrue();
        assertThat(scope.permits(ARTUX, CHEMICALS, null)).isFalse();
    }

    @Test
    void a_prefecture_wide_scope_absorbs_any_other_in_a_union() {
        DataScope combined = DataScope.jurisdiction(AKTO).union(DataScope.wholePrefecture());

        assertThat(combined).isEqualTo(DataScope.wholePrefecture());
        assertThat(combined.jurisdictions()).isEmpty();
    }

    @Test
    void the_prefecture_is_the_one_of_the_loaded_plan_not_a_fixed_code() {
        JurisdictionCode other = JurisdictionCode.of("990000");
        DataScopePolicy elsewhere = new DataScopePolicy(unit -> Set.of(), () -> new Prefecture(other, ACO));

        assertThat(elsewhere.scopeOf(RoleAssignment.ofJurisdiction(EMB, other, Role.COUNTY_OFFICER)).prefectureWide())
                .isTrue();
        DataScope kizilsuCode = elsewhere.scopeOf(RoleAssignment.ofJurisdiction(EMB, KIZILSU, Role.COUNTY_OFFICER));
        assertThat(kizilsuCode.prefectureWide()).isFalse();
        assertThat(kizilsuCode.permits(ARTUX, null, null)).isFalse();
        assertThat(DataScope.jurisdiction(other).within(other)).isEqualTo(DataScope.wholePrefecture());
        assertThat(DataScope.jurisdiction(AKTO).within(other)).isEqualTo(DataScope.jurisdiction(AKTO));
    }
}
