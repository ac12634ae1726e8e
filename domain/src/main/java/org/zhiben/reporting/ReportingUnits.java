package org.zhiben.reporting;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The reporting units of the loaded plan, derived from the organisation data by the rule of {@link ReportingUnit}
 * (see {@link OrganizationReportingUnits}): the counties and the city, then the port administrations, then the member
 * units, each group in the order of the organisation data.
 */
public interface ReportingUnits {

    List<ReportingUnit> findAll();

    Optional<ReportingUnit> findByCode(UnitCode code);

    /** The units whose 附表1 counts a hazard of this jurisdiction and industry. */
    default List<ReportingUnit> covering(JurisdictionCode jurisdiction, IndustryCode industry) {
        return findAll().stream().filter(unit -> unit.covers(jurisdiction, industry)).toList();
    }
}
