package org.zhiben.reporting;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A unit that reports its own 附表1 every month: a county or the county-level city, a port administration, or a member
 * unit of the prefecture safety committee. What belongs to it:
 *
 * <ul>
 *   <li>a <b>county or city</b> and a <b>port administration</b> report on their territory: a hazard belongs to them
 *       when its jurisdiction is in {@link #jurisdictions()} — the unit's own jurisdiction and every jurisdiction
 *       below it in the organisation data — whatever its industry;</li>
 *   <li>a <b>member unit</b> reports on the industries it answers for: a hazard belongs to it when its industry is in
 *       {@link #industries()} — every industry whose competent department (行业领域主管部门, "管行业必须管安全") or
 *       whose department with supervision duties (负有安全生产监督管理职责的部门) is this unit in the organisation data
 *       — in every jurisdiction of the prefecture. A member unit with no such industry has an empty table.</li>
 * </ul>
 *
 * So one hazard belongs to exactly one county, city or port (the one of its jurisdiction) and to one or two member
 * units (the competent and the supervising department of its industry, once when they are the same unit).
 *
 * @param code          the unit's code in the organisation data (e.g. {@code ARTUX_GOV}, {@code EMB})
 * @param name          the unit's full Chinese name
 * @param shortName     the usual short name (e.g. 州应急管理局)
 * @param nameEn        the English name
 * @param jurisdictions for a county, city or port: its jurisdiction and those below it; empty for a member unit
 * @param industries    for a member unit: the industries it answers for; empty for a county, city or port
 */
public record ReportingUnit(UnitCode code, String name, String shortName, String nameEn, ReportingUnitKind kind,
        Set<JurisdictionCode> jurisdictions, Set<IndustryCode> industries) {

    public ReportingUnit {
        Require.notNull(code, "code");
        Require.notBlank(name, "name");
        shortName = shortName == null || shortName.isBlank() ? name : shortName;
        Require.notBlank(nameEn, "nameEn");
        Require.notNull(kind, "kind");
        jurisdictions = Collections.unmodifiableSortedSet(new TreeSet<>(Require.notNull(jurisdictions,
                "jurisdictions")));
        industries = Collections.unmodifiableSortedSet(new TreeSet<>(Require.notNull(industries, "industries")));
        if (kind == ReportingUnitKind.MEMBER_UNIT ? !jurisdictions.isEmpty() : jurisdictions.isEmpty()) {
            throw new InvalidValueException("jurisdictions", "reporting.unit.jurisdictions-invalid",
                    "a county, city or port reports on its jurisdictions, a member unit on its industries: " + code,
                    code);
        }
        if (kind != ReportingUnitKind.MEMBER_UNIT && !industries.isEmpty()) {
            throw new InvalidValueException("industries", "reporting.unit.industries-invalid",
                    "a county, city or port reports on every industry of its jurisdictions: " + code, code);
        }
    }

    /**
     * Whether a caller with this data scope sees the whole of this unit's table: prefecture-wide, or holding the
     * unit's jurisdiction (county, city, port), or every industry of the unit (member unit).
     */
    public boolean isWithin(org.zhiben.shared.DataScope scope) {
        if (scope.prefectureWide()) {
            return true;
        }
        return kind == ReportingUnitKind.MEMBER_UNIT ? scope.industries().containsAll(industries)
                : scope.jurisdictions().containsAll(jurisdictions);
    }

    /** Whether a hazard of this jurisdiction and industry belongs to this unit's 附表1. */
    public boolean covers(JurisdictionCode jurisdiction, IndustryCode industry) {
        return kind == ReportingUnitKind.MEMBER_UNIT ? industries.contains(industry)
                : jurisdictions.contains(jurisdiction);
    }
}
