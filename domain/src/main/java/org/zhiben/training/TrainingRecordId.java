package org.zhiben.training;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a training record. */
public record TrainingRecordId(UUID value) {

    public TrainingRecordId {
        Require.notNull(value, "id");
    }

    public static TrainingRecordId newId() {
        return new TrainingRecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
