package org.zhiben.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

class ReferenceModelTest {

    private static final JurisdictionCode PREFECTURE = JurisdictionCode.of("653000");

    @Test
    void the_prefecture_is_the_root_and_has_no_parent() {
        assertThat(new Jurisdiction(PREFECTURE, "克孜勒苏柯尔克孜自治州", "Kizilsu Kirghiz Autonomous Prefecture",
                JurisdictionKind.PREFECTURE, null).parent()).isNull();
        assertThatThrownBy(() -> new Jurisdiction(PREFECTURE, "克孜勒苏柯尔克孜自治州", "Kizilsu",
                JurisdictionKind.PREFECTURE, JurisdictionCode.of("653001")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.jurisdiction.parent.not-allowed"));
    }

    @Test
    void a_county_and_a_port_administration_lie_within_a_parent_jurisdiction() {
        var torugart = new Jurisdiction(JurisdictionCode.of("653000-P01"), "吐尔尕特口岸管委会",
                "Torugart Port Administration", JurisdictionKind.PORT_ADMINISTRATION, PREFECTURE);
        assertThat(torugart.parent()).isEqualTo(PREFECTURE);
        assertThatThrownBy(() -> new Jurisdiction(JurisdictionCode.of("653022"), "阿克陶县", "Akto County",
                JurisdictionKind.COUNTY, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("parent");
                    assertThat(e.code()).isEqualTo("organization.jurisdiction.parent.required");
                });
        assertThatThrownBy(() -> new Jurisdiction(JurisdictionCode.of("653022"), "阿克陶县", "Akto County",
                JurisdictionKind.COUNTY, JurisdictionCode.of("653022")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_committee_office_is_hosted_by_another_unit_never_by_itself() {
        var office = new MemberUnit(UnitCode.of("ACO"), "自治州安全生产委员会办公室", null,
                "Office of the Prefecture Work Safety Committee", UnitKind.COMMITTEE_OFFICE, false,
                Set.of(), UnitCode.of("EMB"), null);
        assertThat(office.shortName()).isEqualTo("自治州安全生产委员会办公室");
        assertThat(office.hostedBy()).isEqualTo(UnitCode.of("EMB"));
        assertThatThrownBy(() -> new MemberUnit(UnitCode.of("ACO"), "安委办", null, "Committee office",
                UnitKind.COMMITTEE_OFFICE, false, null, UnitCode.of("ACO"), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.unit.hosted-by.self"));
    }

    @Test
    void a_units_leading_group_roles_cannot_be_changed_afterwards() {
        var roles = EnumSet.of(LeadingGroupRole.MEMBER_UNIT, LeadingGroupRole.LEADING_GROUP_OFFICE);
        var emb = new MemberUnit(UnitCode.of("EMB"), "自治州应急管理局", "应急局", "Emergency Management Bureau",
                UnitKind.SUPERVISION, true, roles, null, null);
        roles.clear();

        assertThat(emb.leadingGroupRoles())
                .containsExactlyInAnyOrder(LeadingGroupRole.MEMBER_UNIT, LeadingGroupRole.LEADING_GROUP_OFFICE);
        assertThatThrownBy(() -> emb.leadingGroupRoles().add(LeadingGroupRole.HEAD_UNIT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_industry_names_at_least_its_competent_or_its_supervising_department() {
        assertThatThrownBy(() -> new Industry(IndustryCode.of("LIVE_STREAMING"), "直播电商", "Live-streaming commerce",
                false, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.industry.units.required"));
    }
}
