package org.zhiben.identity;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a {@link UserAccount}. */
public record UserId(UUID value) {

    public UserId {
        Require.notNull(value, "userId");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
