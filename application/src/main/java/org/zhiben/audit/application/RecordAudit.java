package org.zhiben.audit.application;

import java.time.Clock;
import org.zhiben.audit.AuditDraft;
import org.zhiben.audit.AuditTrail;

/**
 * Appends to the audit trail who did what to which entity, when, and why (“执法全过程记录”, “谁检查、谁签名、谁负责”).
 * Called in the transaction of the change it records.
 */
public class RecordAudit {

    private final AuditTrail trail;
    private final Clock clock;

    public RecordAudit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void record(RecordAuditCommand command) {
        trail.append(new AuditDraft(clock.instant(), command.actor(), command.entityType(), command.entityId(),
                command.action(), command.reason(), command.change()));
    }
}
