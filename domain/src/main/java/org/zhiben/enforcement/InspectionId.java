package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of an inspection (执法检查). */
public record InspectionId(UUID value) {

    public InspectionId {
        Require.notNull(value, "id");
    }

    public static InspectionId newId() {
        return new InspectionId(UUID.randomUUID());
    }

    public static InspectionId of(String value) {
        return new InspectionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
