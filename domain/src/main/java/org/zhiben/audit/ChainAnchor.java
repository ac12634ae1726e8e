package org.zhiben.audit;

import java.time.Instant;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A checkpoint of the audit trail: the hash the entry with this sequence had when the anchor was taken. Anchors are
 * stored apart from the trail (and exported), so that someone who rewrites the trail and recomputes every hash from the
 * altered entry on — which the chain alone cannot reveal — is still caught: the rewritten entry no longer has the
 * anchored hash. An anchor beyond the end of the trail reveals that entries were cut off the end.
 */
public record ChainAnchor(long sequence, String hash, Instant at) {

    public ChainAnchor {
        if (sequence < 1) {
            throw new InvalidValueException("sequence", "audit.anchor.sequence-invalid",
                    "an anchor names an entry by its sequence, which starts at 1", sequence);
        }
        Require.notBlank(hash, "hash");
        Require.notNull(at, "at");
    }
}
