package org.zhiben.campaign.persistence;

import org.springframework.stereotype.Component;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.UnitCode;

/** What the campaign needs to know about units, answered by the organisation module's API. */
@Component
class CampaignUnitsAdapter implements CampaignUnits {

    private final MemberUnits units;

    CampaignUnitsAdapter(MemberUnits units) {
        this.units = units;
    }

    @Override
    public boolean exists(UnitCode unit) {
        return units.findByCode(unit).isPresent();
    }

    @Override
    public boolean isMemberUnit(UnitCode unit) {
        return units.findByCode(unit).map(MemberUnit::memberOfCommittee).orElse(false);
    }

    /** County and city governments and the port administrations (the plan names them together). */
    @Override
    public boolean isCountyGovernment(UnitCode unit) {
        return units.findByCode(unit).map(u -> u.kind() == UnitKind.LOCAL_GOVERNMENT).orElse(false);
    }
}
