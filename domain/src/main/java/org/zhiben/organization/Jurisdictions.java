package org.zhiben.organization;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.JurisdictionCode;

/** The jurisdictions of the prefecture (read-only reference data). */
public interface Jurisdictions {

    /** Every jurisdiction, the prefecture first, in the order of the reference data. */
    List<Jurisdiction> findAll();

    Optional<Jurisdiction> findByCode(JurisdictionCode code);
}
