package org.zhiben.campaign.application;

import java.time.Clock;

import org.zhiben.shared.DomainEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * Records a responsible unit's progress on a key task in the ledger and announces it with
 * {@link org.zhiben.campaign.ProgressRecorded}.
 */
public final class RecordProgress {

    private final CampaignPlans plans;
    private final CampaignUnits units;
    private final ProgressEntries entries;
    private final DomainEvents events;
    private final Clock clock;

    public RecordProgress(CampaignPlans plans, CampaignUnits units, ProgressEntries entries, DomainEvents events,
                          Clock clock) {
        this.plans = plans;
        this.units = units;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Records the progress in the actor's name and returns the saved entry. */
    public ProgressEntry record(RecordProgressCommand command, Actor actor) {
        Require.notNull(command, "command");
        Require.notNull(actor, "actor");
        ProgressEntry entry = ProgressEntry.record(command.taskNumber(), command.milestoneCode(), command.unit(),
                actor.username(), command.reportedOn(), command.text(), command.evidenceReference(),
                command.completesMilestone(), plans, units, clock);
        entries.save(entry);
        events.publish(entry.recorded());
        return entry;
    }
}
