package org.zhiben.enforcement;

import java.time.Instant;
import org.zhiben.shared.Require;

/** An inspector's signature on an inspection, given from their own account (谁检查、谁签名、谁负责). */
public record InspectionSignature(String inspector, Instant signedAt) {

    public InspectionSignature {
        Require.notBlank(inspector, "inspector");
        Require.notNull(signedAt, "signedAt");
    }
}
