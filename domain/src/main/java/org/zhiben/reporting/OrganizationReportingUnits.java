package org.zhiben.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.JurisdictionKind;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The reporting units derived from the organisation data (organization.yaml: {@code jurisdictions}, {@code units},
 * {@code industries}):
 *
 * <ul>
 *   <li>a unit of kind {@link UnitKind#LOCAL_GOVERNMENT} bound to a county or the county-level city is a
 *       {@link ReportingUnitKind#COUNTY_OR_CITY}, one bound to a port is a
 *       {@link ReportingUnitKind#PORT_ADMINISTRATION}; each reports on its jurisdiction and every jurisdiction whose
 *       chain of parents reaches it;</li>
 *   <li>every other unit that is a member of the safety committee or answers for an industry (as its competent or its
 *       supervising department) is a {@link ReportingUnitKind#MEMBER_UNIT} reporting on those industries; the
 *       committee office, which receives the tables, reports none itself.</li>
 * </ul>
 */
public final class OrganizationReportingUnits implements ReportingUnits {

    private final List<ReportingUnit> units;
    private final Map<UnitCode, ReportingUnit> byCode = new HashMap<>();

    public OrganizationReportingUnits(List<Jurisdiction> jurisdictions, List<MemberUnit> memberUnits,
            List<Industry> industries) {
        Require.notNull(jurisdictions, "jurisdictions");
        Require.notNull(memberUnits, "memberUnits");
        Require.notNull(industries, "industries");
        Map<JurisdictionCode, Jurisdiction> jurisdictionsByCode = new LinkedHashMap<>();
        jurisdictions.forEach(j -> jurisdictionsByCode.put(j.code(), j));
        List<ReportingUnit> found = new ArrayList<>();
        for (MemberUnit unit : memberUnits) {
            reportingUnit(unit, jurisdictionsByCode, industries).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(ReportingUnit::kind));
        this.units = List.copyOf(found);
        units.forEach(u -> byCode.put(u.code(), u));
    }

    private static Optional<ReportingUnit> reportingUnit(MemberUnit unit,
            Map<JurisdictionCode, Jurisdiction> jurisdictions, List<Industry> industries) {
        if (unit.kind() == UnitKind.COMMITTEE_OFFICE) {
            return Optional.empty();
        }
        if (unit.kind() == UnitKind.LOCAL_GOVERNMENT) {
            Jurisdiction own = unit.jurisdiction() == null ? null : jurisdictions.get(unit.jurisdiction());
            if (own == null || own.kind() == JurisdictionKind.PREFECTURE) {
                return Optional.empty();
            }
            ReportingUnitKind kind = own.kind() == JurisdictionKind.PORT_ADMINISTRATION
                    ? ReportingUnitKind.PORT_ADMINISTRATION : ReportingUnitKind.COUNTY_OR_CITY;
            return Optional.of(new ReportingUnit(unit.code(), unit.name(), unit.shortName(), unit.nameEn(), kind,
                    enclosedBy(own.code(), jurisdictions), Set.of()));
        }
        Set<IndustryCode> answersFor = new HashSet<>();
        for (Industry industry : industries) {
            if (unit.code().equals(industry.competentUnit()) || unit.code().equals(industry.supervisingUnit())) {
                answersFor.add(industry.code());
            }
        }
        if (!unit.memberOfCommittee() && answersFor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportingUnit(unit.code(), unit.name(), unit.shortName(), unit.nameEn(),
                ReportingUnitKind.MEMBER_UNIT, Set.of(), answersFor));
    }

    /** The jurisdiction itself and every jurisdiction whose chain of parents reaches it. */
    private static Set<JurisdictionCode> enclosedBy(JurisdictionCode root,
            Map<JurisdictionCode, Jurisdiction> jurisdictions) {
        Set<JurisdictionCode> result = new HashSet<>();
        for (Jurisdiction candidate : jurisdictions.values()) {
            JurisdictionCode at = candidate.code();
            Set<JurisdictionCode> seen = new HashSet<>();
            while (at != null && seen.add(at)) {
                if (at.equals(root)) {
                    result.add(candidate.code());
                    break;
                }
                Jurisdiction current = jurisdictions.get(at);
                at = current == null ? null : current.parent();
            }
        }
        return result;
    }

    @Override
    public List<ReportingUnit> findAll() {
        return units;
    }

    @Override
    public Optional<ReportingUnit> findByCode(UnitCode code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
