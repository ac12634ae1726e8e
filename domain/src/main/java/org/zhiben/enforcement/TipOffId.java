package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a tip-off (举报). */
public record TipOffId(UUID value) {

    public TipOffId {
        Require.notNull(value, "id");
    }

    public static TipOffId newId() {
        return new TipOffId(UUID.randomUUID());
    }

    public static TipOffId of(String value) {
        return new TipOffId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
