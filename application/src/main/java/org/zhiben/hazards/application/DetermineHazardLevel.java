package org.zhiben.hazards.application;

import java.time.Clock;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.MajorHazard;

/**
 * REPORTED → DETERMINED with the level found against the determination standard (a cited clause of the standard in
 * force on the discovery day for the hazard's industry: MAJOR; none: GENERAL); a major hazard is notified to the
 * enterprise's principal and actual controller by {@link NotifyEnterprise}, in reaction to its event.
 */
public class DetermineHazardLevel {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.determined";

    private final HazardStore store;
    private final DetermineHazard standards;
    private final Clock clock;

    public DetermineHazardLevel(HazardStore store, DetermineHazard standards) {
        this.store = store;
        this.standards = standards;
        this.clock = store.clock();
    }

    /** Determines the level against the standard in force, from the clause the command cites (or none). */
    public MajorHazard execute(JudgeHazardCommand command) {
        return determine(command.hazardId(), command.expectedVersion(), command.actor(), command.reason(),
                hazard -> standards.outcome(hazard.industry(), hazard.discoveredOn(), command.clause()));
    }

    /** Records a level already determined (e.g. on site). */
    public MajorHazard execute(DetermineHazardLevelCommand command) {
        return determine(command.hazardId(), command.expectedVersion(), command.actor(), command.reason(),
                hazard -> command.outcome());
    }

    private MajorHazard determine(org.zhiben.hazards.HazardId id, long version, org.zhiben.shared.Actor actor,
            String reason, java.util.function.Function<MajorHazard, HazardLevelOutcome> level) {
        return store.change(id, version, actor, ACTION, reason, hazard -> {
            HazardLevelOutcome outcome = level.apply(hazard);
            hazard.determine(outcome, actor, clock.instant(), reason);
            return "level=" + outcome.level() + (outcome.clause() == null ? ""
                    : ";clause=" + outcome.clause().standardCode() + "/" + outcome.clause().clauseNumber());
        });
    }
}
