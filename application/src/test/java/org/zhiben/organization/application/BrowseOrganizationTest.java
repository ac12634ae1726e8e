package org.zhiben.organization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.JurisdictionKind;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

class BrowseOrganizationTest {

    private final BrowseOrganization browse = new BrowseOrganization(
            ReferenceData.jurisdictions(), ReferenceData.memberUnits(), ReferenceData.industries());

    @Test
    void the_prefecture_comes_first_followed_by_its_counties_city_and_port_administrations() {
        assertThat(browse.jurisdictions()).extracting(Jurisdiction::code).extracting(JurisdictionCode::value)
                .containsExactly("653000", "653001", "653022", "653023", "653024", "653000-P01", "653000-P02");
    }

    @Test
    void a_port_administration_is_found_by_its_code_as_a_jurisdiction_of_its_own_kind() {
        assertThat(browse.jurisdiction(JurisdictionCode.of("653000-P02")).kind())
                .isEqualTo(JurisdictionKind.PORT_ADMINISTRATION);
    }

    @Test
    void an_unknown_jurisdiction_is_not_found() {
        assertThatThrownBy(() -> browse.jurisdiction(JurisdictionCode.of("653099")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.entity()).isEqualTo("jurisdiction"));
    }

    @Test
    void units_can_be_filtered_to_the_departments_with_supervision_duties() {
        assertThat(browse.units(Optional.of(UnitKind.SUPERVISION))).extracting(MemberUnit::code)
                .extracting(UnitCode::value)
                .containsExactly("EMB", "PSB", "SAMR", "FIRE");
        assertThat(browse.units(Optional.empty())).hasSize(12);
    }

    @Test
    void the_committee_office_is_hosted_by_the_emergency_management_bureau() {
        assertThat(browse.units(Optional.of(UnitKind.COMMITTEE_OFFICE))).singleElement()
                .extracting(MemberUnit::hostedBy).isEqualTo(UnitCode.of("EMB"));
    }

    @Test
    void an_unknown_unit_is_not_found() {
        assertThatThrownBy(() -> browse.unit(UnitCode.of("NOBODY")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("unit");
                    assertThat(e.id()).isEqualTo("NOBODY");
                });
    }

    @Test
    void an_industry_names_its_competent_and_its_supervising_department() {
        Industry grain = browse.industry(IndustryCode.of("GRAIN"));

        assertThat(grain.competentUnit()).isEqualTo(UnitCode.of("NDRC"));
        assertThat(grain.supervisingUnit()).isEqualTo(UnitCode.of("EMB"));
        assertThat(browse.industries()).hasSize(2);
    }

    @Test
    void an_unknown_industry_is_not_found() {
        assertThatThrownBy(() -> browse.industry(IndustryCode.of("MINES")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("industry"));
    }
}
