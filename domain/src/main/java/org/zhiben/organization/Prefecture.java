package org.zhiben.organization;

import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The prefecture whose plan is loaded, as the plan's {@code prefecture} section names it.
 *
 * @param jurisdiction    the prefecture's own division code (Kizilsu: 653000); it encloses every county, city and
 *                        port, so a data scope that contains it is prefecture-wide
 * @param committeeOffice the unit of the safety committee's office (Kizilsu: ACO), to which the first administrator
 *                        of a new installation belongs
 */
public record Prefecture(JurisdictionCode jurisdiction, UnitCode committeeOffice) {

    public Prefecture {
        Require.notNull(jurisdiction, "prefecture.jurisdiction");
        Require.notNull(committeeOffice, "prefecture.committeeOffice");
    }
}
