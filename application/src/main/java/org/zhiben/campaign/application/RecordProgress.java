package org.zhiben.campaign.application;

import java.time.Clock;
import java.util.List;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.shared.DomainEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;

/**
 * Records a responsible unit's progress on a key task in the ledger, in the caller's name: the caller may only report
 * for a unit they act for ({@link ActingUnits}; {@code campaign.progress.unit-not-yours}, 403 otherwise), citing
 * evidence files uploaded for the task beforehand ({@link AddEvidenceFile}). The entry is saved, announced with {@link org.zhiben.campaign.ProgressRecorded} and recorded in the audit trail
 * ({@code progress.recorded}).
 */
public class RecordProgress {

    static final String ENTITY = "ProgressEntry";
    static final String RECORDED = "progress.recorded";

    private final CampaignPlans plans;
    private final CampaignUnits units;
    private final ProgressEntries entries;
    private final EvidenceFiles evidenceFiles;
    private final DomainEvents events;
    private final Clock clock;
    private final ActingUnits actingUnits;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public RecordProgress(CampaignPlans plans, CampaignUnits units, ProgressEntries entries,
                          EvidenceFiles evidenceFiles, DomainEvents events, Clock clock, ActingUnits actingUnits,
                          CurrentActors currentActors, AuditRecorder audit) {
        this.plans = plans;
        this.units = units;
        this.entries = entries;
        this.evidenceFiles = evidenceFiles;
        this.events = events;
        this.clock = clock;
        this.actingUnits = actingUnits;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    /** Records the progress in the caller's name and returns the saved entry. */
    public ProgressEntry record(RecordProgressCommand command) {
        Require.notNull(command, "command");
        if (!actingUnits.permits(command.unit())) {
            throw new NotPermittedException("campaign.progress.unit-not-yours",
                    "the caller may not report progress for this unit", command.unit().value());
        }
        Actor actor = currentActors.actor();
        List<EvidenceFile> files = command.evidenceFileIds().isEmpty() ? List.of()
                : evidenceFiles.resolve(command.taskNumber(), command.evidenceFileIds(), "evidenceFileIds");
        ProgressEntry recorded = ProgressEntry.record(command.taskNumber(), command.milestoneCode(), command.unit(),
                actor.username(), command.reportedOn(), command.text(), command.evidenceReference(),
                command.completesMilestone(), files, plans, units, clock);
        ProgressEntry entry = entries.save(recorded);
        events.publish(entry.recorded());
        audit.record(actor, ENTITY, entry.id().value().toString(), RECORDED, null,
                "task=" + entry.taskNumber() + " milestone=" + entry.milestoneCode() + " unit=" + entry.recordedBy()
                        + " reportedOn=" + entry.reportedOn() + " completesMilestone=" + entry.completesMilestone()
                        + " evidenceFiles=" + files.size() + " review=" + entry.review());
        return entry;
    }
}
