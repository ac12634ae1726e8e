package org.zhiben.audit.application;

import java.time.Clock;
import java.util.Optional;
import org.zhiben.audit.AuditAnchors;
import org.zhiben.audit.AuditChain;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.ChainAnchor;
import org.zhiben.audit.ChainVerification;
import org.zhiben.shared.RuleViolationException;

/**
 * Takes a checkpoint of the audit trail at its last entry (to run regularly, e.g. daily, and to export the anchors).
 * The trail is verified first, so that an anchor never vouches for a broken trail; when the last entry is already
 * anchored, that anchor is returned.
 */
public class AnchorAuditTrail {

    private final AuditTrail trail;
    private final AuditAnchors anchors;
    private final VerifyAuditTrail verification;
    private final Clock clock;

    public AnchorAuditTrail(AuditTrail trail, AuditAnchors anchors, Clock clock) {
        this.trail = trail;
        this.anchors = anchors;
        this.verification = new VerifyAuditTrail(trail, anchors);
        this.clock = clock;
    }

    /** The anchor of the last entry; empty while the trail is empty. */
    public Optional<ChainAnchor> anchor() {
        Optional<AuditEntry> last = trail.lastEntry();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChainAnchor> latest = anchors.latest();
        if (latest.isPresent() && latest.get().sequence() == last.get().sequence()) {
            return latest;
        }
        ChainVerification result = verification.verify();
        if (!result.intact()) {
            throw new RuleViolationException("audit.chain.broken",
                    "the audit trail is broken at entry " + result.firstBrokenSequence() + " (" + result.breakKind()
                            + "); it cannot be anchored", result.firstBrokenSequence(), result.breakKind().name());
        }
        ChainAnchor anchor = AuditChain.anchor(last.get(), clock.instant());
        anchors.save(anchor);
        return Optional.of(anchor);
    }

    /** Every anchor, oldest first, to export and keep apart from the trail. */
    public java.util.List<ChainAnchor> anchors() {
        return anchors.all();
    }
}
