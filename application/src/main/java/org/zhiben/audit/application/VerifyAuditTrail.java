package org.zhiben.audit.application;

import java.util.stream.Stream;
import org.zhiben.audit.AuditAnchors;
import org.zhiben.audit.AuditChain;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.ChainVerification;

/**
 * Verifies the whole audit trail, from its first entry, against the hash chain and the anchors kept apart from it,
 * reading one entry at a time.
 */
public class VerifyAuditTrail {

    private final AuditTrail trail;
    private final AuditAnchors anchors;

    public VerifyAuditTrail(AuditTrail trail, AuditAnchors anchors) {
        this.trail = trail;
        this.anchors = anchors;
    }

    public ChainVerification verify() {
        try (Stream<AuditEntry> entries = trail.entriesFrom(1)) {
            return AuditChain.verify(entries.iterator(), anchors.all());
        }
    }
}
