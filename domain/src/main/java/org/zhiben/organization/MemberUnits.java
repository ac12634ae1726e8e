package org.zhiben.organization;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.UnitCode;

/** The member units of the prefecture safety committee and the other units of the campaign (read-only reference data). */
public interface MemberUnits {

    /** Every unit, in the order of the reference data. */
    List<MemberUnit> findAll();

    Optional<MemberUnit> findByCode(UnitCode code);

    /** The units of one kind, in the order of the reference data. */
    List<MemberUnit> findByKind(UnitKind kind);
}
