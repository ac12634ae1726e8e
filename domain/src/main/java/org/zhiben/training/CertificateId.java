package org.zhiben.training;

import java.util.UUID;
import org.zhiben.shared.Require;

/** Identity of a special-operation certificate record. */
public record CertificateId(UUID value) {

    public CertificateId {
        Require.notNull(value, "id");
    }

    public static CertificateId newId() {
        return new CertificateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
