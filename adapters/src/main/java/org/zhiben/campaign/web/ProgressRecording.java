package org.zhiben.campaign.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.campaign.application.RecordProgressCommand;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;

/**
 * Records a progress entry for the API and the pages alike: the caller may only report in the name of a unit they
 * act for ({@link ActingUnits}: 谁检查、谁签名、谁负责), and the entry and its audit entry are written in one transaction.
 */
@Component
public class ProgressRecording {

    private final RecordProgress recordProgress;
    private final ActingUnits actingUnits;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;
    private final Transactions transactions;

    ProgressRecording(RecordProgress recordProgress, ActingUnits actingUnits, CurrentActors currentActors,
                      AuditRecorder audit, Transactions transactions) {
        this.recordProgress = recordProgress;
        this.actingUnits = actingUnits;
        this.currentActors = currentActors;
        this.audit = audit;
        this.transactions = transactions;
    }

    public ProgressEntry record(RecordProgressCommand command) {
        if (!actingUnits.permits(command.unit())) {
            throw new AccessDeniedException("the caller may not report progress for unit " + command.unit());
        }
        Actor actor = currentActors.actor();
        return transactions.write(() -> {
            ProgressEntry recorded = recordProgress.record(command, actor);
            audit.record(actor, "ProgressEntry", recorded.id().value().toString(), "RECORDED", null,
                    "task=" + recorded.taskNumber() + " milestone=" + recorded.milestoneCode() + " unit="
                            + recorded.recordedBy() + " reportedOn=" + recorded.reportedOn()
                            + " completesMilestone=" + recorded.completesMilestone());
            return recorded;
        });
    }
}
