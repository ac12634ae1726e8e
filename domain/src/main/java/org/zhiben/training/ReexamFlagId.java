package org.zhiben.training;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a re-examination flag. */
public record ReexamFlagId(UUID value) {

    public ReexamFlagId {
        Require.notNull(value, "id");
    }

    public static ReexamFlagId newId() {
        return new ReexamFlagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
