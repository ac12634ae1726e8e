package org.zhiben.campaign.application;

import java.time.Clock;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.shared.DomainEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;

/**
 * Records a responsible unit's progress on a key task in the ledger, in the caller's name: the caller may only report
 * for a unit they act for ({@link ActingUnits}; {@code campaign.progress.unit-not-yours}, 403 otherwise). The entry is
 * saved, announced with {@link org.zhiben.campaign.ProgressRecorded} and recorded in the audit trail
 * ({@code progress.recorded}).
 */
public class RecordProgress {

    static final String ENTITY = "ProgressEntry";
    static final String RECORDED = "progress.recorded";

    private final CampaignPlans plans;
    private final CampaignUnits units;
    private final ProgressEntries entries;
    private final DomainEvents events;
    private final Clock clock;
    private final ActingUnits actingUnits;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public RecordProgress(CampaignPlans plans, CampaignUnits units, ProgressEntries entries, DomainEvents events,
                          Clock clock, ActingUnits actingUnits, CurrentActors currentActors, AuditRecorder audit) {
        this.plans = plans;
        this.units = units;
        this.entries = entries;
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
        ProgressEntry entry = ProgressEntry.record(command.taskNumber(), command.milestoneCode(), command.unit(),
                actor.username(), command.reportedOn(), command.text(), command.evidenceReference(),
                command.completesMilestone(), plans, units, clock);
        entries.save(entry);
        events.publish(entry.recorded());
        audit.record(actor, ENTITY, entry.id().value().toString(), RECORDED, null,
                "task=" + entry.taskNumber() + " milestone=" + entry.milestoneCode() + " unit=" + entry.recordedBy()
                        + " reportedOn=" + entry.reportedOn() + " completesMilestone=" + entry.completesMilestone());
        return entry;
    }
}
