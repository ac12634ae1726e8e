package org.zhiben.reporting;

import java.util.UUID;
import org.zhiben.shared.Require;

/** The id of one line of the policy statistics table (附表2). */
public record PolicyEntryId(UUID value) {

    public PolicyEntryId {
        Require.notNull(value, "policyEntryId");
    }

    public static PolicyEntryId random() {
        return new PolicyEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
