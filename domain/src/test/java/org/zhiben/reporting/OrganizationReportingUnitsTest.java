package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.JurisdictionKind;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * "各县（市）、口岸管委会、州安委会各成员单位……每月底前报送自治州事故隐患动态存量统计表": the reporting units are the counties and
 * cities, the port administrations and the member units; a county reports on its jurisdiction, a member unit on the
 * industries it is the competent or supervising department of.
 */
class OrganizationReportingUnitsTest {

    static final JurisdictionCode PREFECTURE = JurisdictionCode.of("653000");
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode ARTUX_TOWN = JurisdictionCode.of("653091");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final JurisdictionCode PORT = JurisdictionCode.of("653000-P01");
    static final IndustryCode MINES = IndustryCode.of("MINES");
    static final IndustryCode GAS = IndustryCode.of("URBAN_GAS");
    static final IndustryCode ROADS = IndustryCode.of("ROAD_TRANSPORT");

    final OrganizationReportingUnits units = new OrganizationReportingUnits(
            List.of(jurisdiction(PREFECTURE, JurisdictionKind.PREFECTURE, null),
                    jurisdiction(ARTUX, JurisdictionKind.COUNTY_LEVEL_CITY, PREFECTURE),
                    jurisdiction(ARTUX_TOWN, JurisdictionKind.COUNTY, ARTUX),
                    jurisdiction(AKTO, JurisdictionKind.COUNTY, PREFECTURE),
                    jurisdiction(PORT, JurisdictionKind.PORT_ADMINISTRATION, PREFECTURE)),
            List.of(unit("EMB", UnitKind.SUPERVISION, true, null),
                    unit("ACO", UnitKind.COMMITTEE_OFFICE, false, null),
                    unit("PREF_GOV", UnitKind.SUPPORTING, false, null),
                    unit("HOUSING", UnitKind.INDUSTRY_COMPETENT, true, null),
                    unit("FORESTRY", UnitKind.INDUSTRY_COMPETENT, false, null),
                    unit("WOMEN", UnitKind.SUPPORTING, true, null),
                    unit("PORT_TORUGART", UnitKind.LOCAL_GOVERNMENT, true, PORT),
                    unit("ARTUX_GOV", UnitKind.LOCAL_GOVERNMENT, false, ARTUX),
                    unit("AKTO_GOV", UnitKind.LOCAL_GOVERNMENT, false, AKTO)),
            List.of(industry(MINES, "EMB", "EMB"), industry(GAS, "HOUSING", "EMB"),
                    industry(ROADS, "FORESTRY", null)));

    @Test
    void counties_and_cities_come_first_then_ports_then_member_units_without_the_committee_office() {
        assertThat(units.findAll()).extracting(u -> u.code().value() + " " + u.kind())
                .containsExactly("ARTUX_GOV COUNTY_OR_CITY", "AKTO_GOV COUNTY_OR_CITY",
                        "PORT_TORUGART PORT_ADMINISTRATION", "EMB MEMBER_UNIT", "HOUSING MEMBER_UNIT",
                        "FORESTRY MEMBER_UNIT", "WOMEN MEMBER_UNIT");
    }

    @Test
    void a_county_reports_on_its_jurisdiction_and_those_below_it_in_every_industry() {
        ReportingUnit artux = units.findByCode(UnitCode.of("ARTUX_GOV")).orElseThrow();
        assertThat(artux.jurisdictions()).containsExactly(ARTUX, ARTUX_TOWN);
        assertThat(artux.covers(ARTUX_TOWN, ROADS)).isTrue();
        assertThat(artux.covers(AKTO, MINES)).isFalse();
        assertThat(units.findByCode(UnitCode.of("PORT_TORUGART")).orElseThrow().jurisdictions())
                .containsExactly(PORT);
    }

    @Test
    void a_member_unit_reports_on_the_industries_it_is_competent_or_supervising_department_of_everywhere() {
        assertThat(units.findByCode(UnitCode.of("EMB")).orElseThrow().industries()).containsExactly(MINES, GAS);
        assertThat(units.findByCode(UnitCode.of("HOUSING")).orElseThrow().industries()).containsExactly(GAS);
        assertThat(units.findByCode(UnitCode.of("WOMEN")).orElseThrow().industries()).isEmpty();
        assertThat(units.covering(AKTO, GAS)).extracting(u -> u.code().value())
                .containsExactly("AKTO_GOV", "EMB", "HOUSING");
        assertThat(units.covering(PORT, MINES)).extracting(u -> u.code().value())
                .containsExactly("PORT_TORUGART", "EMB");
    }

    private static Jurisdiction jurisdiction(JurisdictionCode code, JurisdictionKind kind, JurisdictionCode parent) {
        return new Jurisdiction(code, "属地" + code.value(), "J " + code.value(), kind, parent);
    }

    private static MemberUnit unit(String code, UnitKind kind, boolean member, JurisdictionCode jurisdiction) {
        return new MemberUnit(UnitCode.of(code), "单位" + code, null, "Unit " + code, kind, member, Set.of(), null,
                jurisdiction);
    }

    private static Industry industry(IndustryCode code, String competent, String supervising) {
        return new Industry(code, "行业" + code.value(), "Industry " + code.value(), false,
                competent == null ? null : UnitCode.of(competent), supervising == null ? null : UnitCode.of(supervising),
                null, null);
    }
}
