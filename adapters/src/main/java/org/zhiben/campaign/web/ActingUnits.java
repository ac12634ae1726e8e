package org.zhiben.campaign.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.DataScope;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.UnitCode;

/**
 * The units in whose name the signed-in user may report progress, from their data scope:
 * <ul>
 * <li>a user who sees the whole prefecture (the committee office) may report for any unit;</li>
 * <li>a user bound to jurisdictions (a county or port officer) reports for the governments of those jurisdictions
 *     (属地) — an officer of Akto reports for the Akto county government, never for Artux's;</li>
 * <li>anyone else (a department officer) reports for the unit they work for.</li>
 * </ul>
 */
@Component
public class ActingUnits {

    private final CurrentActors caller;
    private final MemberUnits units;
    private final Transactions transactions;

    public ActingUnits(CurrentActors caller, MemberUnits units, Transactions transactions) {
        this.caller = caller;
        this.units = units;
        this.transactions = transactions;
    }

    /** The units the caller may act for, in the order of the reference data. */
    public List<MemberUnit> units() {
        DataScope scope = caller.scope();
        List<MemberUnit> all = transactions.read(units::findAll);
        if (scope.prefectureWide()) {
            return all;
        }
        if (!scope.jurisdictions().isEmpty()) {
            return all.stream()
                    .filter(unit -> unit.kind() == UnitKind.LOCAL_GOVERNMENT && unit.jurisdiction() != null
                            && scope.jurisdictions().contains(unit.jurisdiction()))
                    .toList();
        }
        String own = caller.actor().unitCode();
        return all.stream().filter(unit -> unit.code().value().equals(own)).toList();
    }

    /** Whether the caller sees the whole prefecture (and so every unit's work). */
    public boolean prefectureWide() {
        return caller.scope().prefectureWide();
    }

    public boolean permits(UnitCode unit) {
        return units().stream().anyMatch(candidate -> candidate.code().equals(unit));
    }
}
