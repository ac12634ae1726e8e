package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a listing on the serious-dishonesty list (严重失信主体名单). */
public record DishonestyListingId(UUID value) {

    public DishonestyListingId {
        Require.notNull(value, "id");
    }

    public static DishonestyListingId newId() {
        return new DishonestyListingId(UUID.randomUUID());
    }

    public static DishonestyListingId of(String value) {
        return new DishonestyListingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
