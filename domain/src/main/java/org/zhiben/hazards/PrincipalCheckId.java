package org.zhiben.hazards;

import java.util.UUID;
import org.zhiben.shared.Require;

/** The identity of a recorded check led by an enterprise's principal. */
public record PrincipalCheckId(UUID value) {

    public PrincipalCheckId {
        Require.notNull(value, "value");
    }

    public static PrincipalCheckId newId() {
        return new PrincipalCheckId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
