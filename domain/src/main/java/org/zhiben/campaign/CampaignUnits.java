package org.zhiben.campaign;

import java.util.List;

import org.zhiben.shared.UnitCode;

/**
 * What the campaign needs to know about the units that take part in it. The organisation data answers; the
 * campaign does not know how units are organised.
 */
public interface CampaignUnits {

    /** Whether a unit with this code exists. */
    boolean exists(UnitCode unit);

    /** The member units of the prefecture safety committee (自治州安委会成员单位), in the order of the reference data. */
    List<UnitCode> memberUnits();

    /**
     * The governments of the counties and the county-level city (各县(市)人民政府), in the order of the reference data.
     * The port administrations (口岸管委会) are not among them: where the plan means them too it names them beside the
     * counties ("各县(市)人民政府、口岸管委会").
     */
    List<UnitCode> countyGovernments();

    /** Whether the unit is a member unit of the prefecture safety committee (自治州安委会成员单位). */
    default boolean isMemberUnit(UnitCode unit) {
        return memberUnits().contains(unit);
    }

    /** Whether the unit is the government of a county or of the county-level city (县(市)人民政府). */
    default boolean isCountyGovernment(UnitCode unit) {
        return countyGovernments().contains(unit);
    }
}
