package org.zhiben.audit.config;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.audit.application.RecordAudit;
import org.zhiben.audit.application.RecordAuditCommand;
import org.zhiben.shared.Actor;

/**
 * The {@link AuditRecorder} every module's adapters use. It joins the caller's transaction and refuses to run without
 * one ({@link Propagation#MANDATORY}), so that no change is ever recorded apart from the change itself:
 * <pre>{@code
 * transactions.write(() -> {
 *     Hazard hazard = rectifyHazard.rectify(command);
 *     audit.record(currentActors.actor(), "hazard", hazard.id().toString(), "hazard.rectified",
 *             request.reason(), "status=" + before + "->" + hazard.status());
 * });
 * }</pre>
 */
@Component
class TransactionalAuditRecorder implements AuditRecorder {

    private final RecordAudit recordAudit;

    TransactionalAuditRecorder(RecordAudit recordAudit) {
        this.recordAudit = recordAudit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String entityType, String entityId, String action, String reason,
                             String change) {
        recordAudit.record(new RecordAuditCommand(actor, entityType, entityId, action, reason, change));
    }
}
