package org.zhiben.campaign.application;

import java.time.Clock;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ReviewStatus;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;
import org.zhiben.shared.StaleVersionException;

/**
 * The lead unit's review (牵头单位审核) of another unit's progress entry, in the caller's name: the caller must act
 * for the reviewing unit ({@code campaign.review.unit-not-yours}, 403), the entry must be at the version the caller
 * saw ({@code concurrency.stale-version}, 412), the unit must lead the task and the entry must wait for review (409).
 * The reviewed entry is saved, announced with {@link org.zhiben.campaign.ProgressReviewed} and audited
 * ({@code progress.accepted}, {@code progress.returned} with the reason).
 */
public class ReviewProgress {

    static final String ACCEPTED = "progress.accepted";
    static final String RETURNED = "progress.returned";

    private final CampaignPlans plans;
    private final ProgressEntries entries;
    private final DomainEvents events;
    private final Clock clock;
    private final ActingUnits actingUnits;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public ReviewProgress(CampaignPlans plans, ProgressEntries entries, DomainEvents events, Clock clock,
                          ActingUnits actingUnits, CurrentActors currentActors, AuditRecorder audit) {
        this.plans = plans;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
        this.actingUnits = actingUnits;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    /** Reviews the entry and returns it at its new version. */
    public ProgressEntry review(ReviewProgressCommand command) {
        Require.notNull(command, "command");
        if (!actingUnits.permits(command.reviewingUnit())) {
            throw new NotPermittedException("campaign.review.unit-not-yours",
                    "the caller may not review in the name of this unit", command.reviewingUnit().value());
        }
        ProgressEntry entry = entries.findById(command.entryId())
                .orElseThrow(() -> new NotFoundException("progressEntry", command.entryId().value()));
        if (entry.version() != command.expectedVersion()) {
            throw new StaleVersionException("progressEntry", entry.id(), command.expectedVersion(), entry.version());
        }
        KeyTask task = plans.findTask(entry.taskNumber())
                .orElseThrow(() -> new NotFoundException("task", entry.taskNumber()));
        Actor actor = currentActors.actor();
        ProgressEntry reviewed = command.accept()
                ? entry.accept(task, command.reviewingUnit(), actor.username(), clock.instant())
                : entry.returnToUnit(task, command.reviewingUnit(), actor.username(), command.reason(),
                clock.instant());
        ProgressEntry stored = entries.save(reviewed);
        events.publish(stored.reviewed());
        audit.record(actor, RecordProgress.ENTITY, stored.id().value().toString(),
                stored.review() == ReviewStatus.ACCEPTED ? ACCEPTED : RETURNED, stored.returnReason(),
                "task=" + stored.taskNumber() + " unit=" + stored.recordedBy() + " reviewedBy="
                        + stored.reviewedBy() + " review=" + stored.review());
        return stored;
    }
}
