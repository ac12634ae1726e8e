package org.zhiben.hazards;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a hazard in the major-hazard database (重大事故隐患数据库). */
public record HazardId(UUID value) {

    public HazardId {
        Require.notNull(value, "hazardId");
    }

    public static HazardId newId() {
        return new HazardId(UUID.randomUUID());
    }

    public static HazardId of(String value) {
        return new HazardId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
