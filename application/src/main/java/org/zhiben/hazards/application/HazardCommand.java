package org.zhiben.hazards.application;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/** Checks shared by the commands on an existing hazard. */
final class HazardCommand {

    private HazardCommand() {
    }

    static void requireTarget(Object hazardId, long expectedVersion, Object actor) {
        Require.notNull(hazardId, "hazardId");
        Require.notNull(actor, "actor");
        if (expectedVersion < 0) {
            throw new InvalidValueException("expectedVersion", "hazard.command.version-invalid",
                    "the expected version must not be negative", expectedVersion);
        }
    }
}
