package org.zhiben.campaign;

import org.zhiben.shared.UnitCode;

/**
 * What the campaign needs to know about the units that take part in it. The organisation data answers; the
 * campaign does not know how units are organised.
 */
public interface CampaignUnits {

    /** Whether a unit with this code exists. */
    boolean exists(UnitCode unit);

    /** Whether the unit is a member unit of the prefecture safety committee (自治州安委会成员单位). */
    boolean isMemberUnit(UnitCode unit);

    /**
     * Whether the unit is the government of a county or city (县(市)人民政府) or a port administration
     * (口岸管委会), the two kinds of jurisdiction that run the campaign in their territory.
     */
    boolean isCountyGovernment(UnitCode unit);
}
