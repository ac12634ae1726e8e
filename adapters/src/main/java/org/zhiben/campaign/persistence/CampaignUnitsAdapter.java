package org.zhiben.campaign.persistence;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.organization.JurisdictionKind;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.UnitCode;

/** What the campaign needs to know about units, answered by the organisation module's API. */
@Component
class CampaignUnitsAdapter implements CampaignUnits {

    private final MemberUnits units;
    private final Jurisdictions jurisdictions;

    CampaignUnitsAdapter(MemberUnits units, Jurisdictions jurisdictions) {
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public boolean exists(UnitCode unit) {
        return units.findByCode(unit).isPresent();
    }

    @Override
    public List<UnitCode> memberUnits() {
        return units.findAll().stream().filter(MemberUnit::memberOfCommittee).map(MemberUnit::code).toList();
    }

    /**
     * The local governments whose jurisdiction is a county or the county-level city; the port administrations are
     * local governments too, but of a port.
     */
    @Override
    public List<UnitCode> countyGovernments() {
        return units.findByKind(UnitKind.LOCAL_GOVERNMENT).stream()
                .filter(unit -> unit.jurisdiction() != null && jurisdictions.findByCode(unit.jurisdiction())
                        .map(j -> j.kind() == JurisdictionKind.COUNTY || j.kind() == JurisdictionKind.COUNTY_LEVEL_CITY)
                        .orElse(false))
                .map(MemberUnit::code)
                .toList();
    }
}
