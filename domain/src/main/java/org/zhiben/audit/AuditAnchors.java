package org.zhiben.audit;

import java.util.List;
import java.util.Optional;

/**
 * Checkpoints of the audit trail, kept apart from it (another store, an export, a signed file) so that whoever can
 * rewrite the trail cannot also rewrite them.
 */
public interface AuditAnchors {

    void save(ChainAnchor anchor);

    /** Every anchor, in ascending sequence order. */
    List<ChainAnchor> all();

    /** The anchor with the highest sequence; empty when none was taken yet. */
    Optional<ChainAnchor> latest();
}
