package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a penalty case (行政处罚案件). */
public record PenaltyCaseId(UUID value) {

    public PenaltyCaseId {
        Require.notNull(value, "id");
    }

    public static PenaltyCaseId newId() {
        return new PenaltyCaseId(UUID.randomUUID());
    }

    public static PenaltyCaseId of(String value) {
        return new PenaltyCaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
