package org.zhiben.enterprises;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of an {@link Enterprise}. */
public record EnterpriseId(UUID value) {

    public EnterpriseId {
        Require.notNull(value, "enterpriseId");
    }

    public static EnterpriseId newId() {
        return new EnterpriseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
