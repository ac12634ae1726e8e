package org.zhiben.reporting.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.UnitCode;

/**
 * The units in whose name the caller reports, among all units of the organisation data (the committee office and the
 * prefecture's own units issue policies too, so this is wider than the 附表1 reporting units), from their data scope: a caller who sees the whole prefecture (the
 * committee office) reports for and reads every unit; a caller bound to jurisdictions (a county or port officer)
 * reports for the governments of those jurisdictions and for their own unit; anyone else (a department officer) for
 * the unit they work for.
 */
public class UnitsOfCaller {

    private final CurrentActors caller;
    private final MemberUnits units;

    public UnitsOfCaller(CurrentActors caller, MemberUnits units) {
        this.caller = caller;
        this.units = units;
    }

    /** The units the caller may report for, in the order of the reference data. */
    public List<MemberUnit> units() {
        DataScope scope = caller.scope();
        List<MemberUnit> all = units.findAll();
        if (scope.prefectureWide()) {
            return all;
        }
        String own = caller.actor().unitCode();
        return all.stream()
                .filter(unit -> unit.code().value().equals(own)
                        || unit.kind() == UnitKind.LOCAL_GOVERNMENT && unit.jurisdiction() != null
                        && scope.jurisdictions().contains(unit.jurisdiction()))
                .toList();
    }

    /** Whether the caller sees every unit's reports. */
    public boolean prefectureWide() {
        return caller.scope().prefectureWide();
    }

    /** Whether the caller may report for (and read the reports of) the unit. */
    public boolean permits(UnitCode unit) {
        return prefectureWide() || codes().contains(unit);
    }

    /** The codes of the units the caller may report for. */
    public Set<UnitCode> codes() {
        return units().stream().map(MemberUnit::code).collect(Collectors.toUnmodifiableSet());
    }
}
