package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A check led by an enterprise's principal, to record.
 *
 * @param enterpriseId the enterprise checked
 * @param checkedOn    the day the check was made
 * @param ledBy        who led it; blank for the enterprise's principal as the register names him or her
 * @param scope        what the check covered
 * @param findings     a summary of what it found
 * @param hazardIds    hazards of the same enterprise the check found (optional)
 */
public record RecordPrincipalCheckCommand(UUID enterpriseId, LocalDate checkedOn, String ledBy, String scope,
        String findings, List<UUID> hazardIds) {

    public RecordPrincipalCheckCommand {
        hazardIds = hazardIds == null ? List.of() : List.copyOf(hazardIds);
    }
}
