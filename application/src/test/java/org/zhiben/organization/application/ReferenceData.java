package org.zhiben.organization.application;

import static org.zhiben.organization.JurisdictionKind.COUNTY;
import static org.zhiben.organization.JurisdictionKind.COUNTY_LEVEL_CITY;
import static org.zhiben.organization.JurisdictionKind.PORT_ADMINISTRATION;
import static org.zhiben.organization.JurisdictionKind.PREFECTURE;
import static org.zhiben.organization.UnitKind.COMMITTEE_OFFICE;
import static org.zhiben.organization.UnitKind.INDUSTRY_COMPETENT;
import static org.zhiben.organization.UnitKind.SUPERVISION;

import java.util.List;
import java.util.Set;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.JurisdictionKind;
import org.zhiben.organization.LeadingGroupRole;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.UnitKind;
import org.zhiben.organization.application.InMemoryOrganization.InMemoryIndustries;
import org.zhiben.organization.application.InMemoryOrganization.InMemoryJurisdictions;
import org.zhiben.organization.application.InMemoryOrganization.InMemoryMemberUnits;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** A part of the prefecture's reference data, as the tests need it. */
final class ReferenceData {

    private static final JurisdictionCode PREFECTURE_CODE = JurisdictionCode.of("653000");

    static InMemoryJurisdictions jurisdictions() {
        return new InMemoryJurisdictions(List.of(
                new Jurisdiction(PREFECTURE_CODE, "克孜勒苏柯尔克孜自治州", "Kizilsu Kirghiz Autonomous Prefecture",
                        PREFECTURE, null),
                below("653001", "阿图什市", "Artux City", COUNTY_LEVEL_CITY),
                below("653022", "阿克陶县", "Akto County", COUNTY),
                below("653023", "阿合奇县", "Akqi County", COUNTY),
                below("653024", "乌恰县", "Ulugqat County", COUNTY),
                below("653000-P01", "吐尔尕特口岸管委会", "Torugart Port Administration", PORT_ADMINISTRATION),
                below("653000-P02", "伊尔克什坦口岸管委会", "Irkeshtam Port Administration", PORT_ADMINISTRATION)));
    }

    static InMemoryMemberUnits memberUnits() {
        return new InMemoryMemberUnits(List.of(
                new MemberUnit(UnitCode.of("ACO"), "自治州安全生产委员会办公室", "州安委办",
                        "Office of the Prefecture Work Safety Committee", COMMITTEE_OFFICE, false, Set.of(),
                        UnitCode.of("EMB"), null),
                new MemberUnit(UnitCode.of("EMB"), "自治州应急管理局", "州应急局", "Emergency Management Bureau",
                        SUPERVISION, true, Set.of(LeadingGroupRole.MEMBER_UNIT, LeadingGroupRole.LEADING_GROUP_OFFICE),
                        null, null),
                member("HOUSING", "自治州住房和城乡建设局", "州住建局", "Housing and Urban-Rural Development Bureau",
                        INDUSTRY_COMPETENT),
                member("EDU", "自治州教育局", "州教育局", "Education Bureau", INDUSTRY_COMPETENT),
                member("PSB", "自治州公安局", "州公安局", "Public Security Bureau", SUPERVISION),
                member("CULTURE", "自治州文化体育广播电视和旅游局", "州文体广旅局",
                        "Culture, Sports, Radio, Television and Tourism Bureau", INDUSTRY_COMPETENT),
                member("COMMERCE", "自治州商务局", "州商务局", "Commerce Bureau", INDUSTRY_COMPETENT),
                member("SAMR", "自治州市场监督管理局", "州市场监管局", "Market Regulation Administration", SUPERVISION),
                member("SASAC", "自治州国有资产监督管理委员会", "州国资委",
                        "State-owned Assets Supervision and Administration Commission", INDUSTRY_COMPETENT),
                member("TRANSPORT", "自治州交通运输局", "州交通运输局", "Transport Bureau", INDUSTRY_COMPETENT),
                member("FIRE", "自治州消防救援支队", "州消防救援支队", "Fire and Rescue Detachment", SUPERVISION),
                member("NDRC", "自治州发展和改革委员会", "州发改委", "Development and Reform Commission",
                        INDUSTRY_COMPETENT)));
    }

    static InMemoryIndustries industries() {
        return new InMemoryIndustries(List.of(
                new Industry(IndustryCode.of("URBAN_GAS"), "城镇燃气", "Urban gas (incl. bottled LPG)", true,
                        UnitCode.of("HOUSING"), UnitCode.of("HOUSING"), "克安〔2024〕5号 四(二)11", null),
                new Industry(IndustryCode.of("GRAIN"), "粮食流通和加工", "Grain circulation and processing", false,
                        UnitCode.of("NDRC"), UnitCode.of("EMB"), "克安〔2024〕5号 四(二)1", null)));
    }

    private static Jurisdiction below(String code, String name, String nameEn, JurisdictionKind kind) {
        return new Jurisdiction(JurisdictionCode.of(code), name, nameEn, kind, PREFECTURE_CODE);
    }

    private static MemberUnit member(String code, String name, String shortName, String nameEn, UnitKind kind) {
        return new MemberUnit(UnitCode.of(code), name, shortName, nameEn, kind, true,
                Set.of(LeadingGroupRole.MEMBER_UNIT), null, null);
    }

    private ReferenceData() {
    }
}
