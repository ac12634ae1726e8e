package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The principal's periodic checks as other modules may read them (declared read-only interface of the hazards
 * module): enforcement's penalty rule asks whether an enterprise was checking when a hazard was found.
 */
public interface PrincipalChecks {

    /** Whether the enterprise was doing its principal's periodic checks on {@code day}. */
    PrincipalCheckStanding standingOn(UUID enterpriseId, LocalDate day);
}
