package org.zhiben.organization;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.IndustryCode;

/** The industries and sectors with their competent and supervising departments (read-only reference data). */
public interface Industries {

    /** Every industry, in the order of the reference data. */
    List<Industry> findAll();

    Optional<Industry> findByCode(IndustryCode code);
}
