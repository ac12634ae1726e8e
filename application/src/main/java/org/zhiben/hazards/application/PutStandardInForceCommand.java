package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/** Set the day an imported version that is not yet in force comes into force. */
public record PutStandardInForceCommand(String code, LocalDate effectiveFrom) {

    public PutStandardInForceCommand {
        Require.notBlank(code, "code");
        Require.notNull(effectiveFrom, "effectiveFrom");
    }
}
