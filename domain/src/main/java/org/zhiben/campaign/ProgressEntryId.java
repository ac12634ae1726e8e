package org.zhiben.campaign;

import java.util.UUID;

import org.zhiben.shared.Require;

/** Identity of a {@link ProgressEntry}. */
public record ProgressEntryId(UUID value) {

    public ProgressEntryId {
        Require.notNull(value, "progressEntryId");
    }

    public static ProgressEntryId random() {
        return new ProgressEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
