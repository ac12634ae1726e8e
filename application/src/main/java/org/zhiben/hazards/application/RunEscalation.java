package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.hazards.storage.EscalationRunLog;
import org.zhiben.hazards.storage.EscalationRunLog.Trigger;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * Runs the escalation of overdue hazards (函告 → 通报 → 约谈 → 曝光, see {@link EscalateOverdueHazards}) over the whole
 * prefecture: daily as {@link Actor#SYSTEM}, or on demand by a prefecture-wide caller only (anyone else: 403). A run
 * holds the escalation lock shared by every node (see {@link EscalationRunLog}). A hazard that is not listed is escalated by the default acting
 * unit (the committee office); a listed one by its supervising unit. The policy versions are read at each run. That the
 * daily run happens once a day across nodes is the scheduler's business (the platform's once-per-schedule claim, see
 * {@code hazards.jobs.EscalationJob}); this class only keeps two runs from escalating at the same time.
 */
public class RunEscalation {

    private final HazardStore store;
    private final EscalationPolicies policies;
    private final EscalationRunLog runs;
    private final UnitCode defaultActingUnit;
    private final Clock clock;

    public RunEscalation(HazardStore store, EscalationPolicies policies, EscalationRunLog runs,
            UnitCode defaultActingUnit) {
        this.store = store;
        this.policies = policies;
        this.runs = runs;
        this.defaultActingUnit = Require.notNull(defaultActingUnit, "defaultActingUnit");
        this.clock = store.clock();
    }

    /** What a run on demand did: its day, and the steps taken for hazards inside the caller's data scope. */
    public record EscalationRun(LocalDate runOn, List<HazardEscalated> escalated) {
    }

    /**
     * Runs the escalation now, for a prefecture-wide caller.
     *
     * @throws AccessRefusedException  when the caller does not see the whole prefecture
     * @throws RuleViolationException when a run is in progress on any node
     */
    public EscalationRun onDemand() {
        DataScope scope = store.scope();
        if (!scope.prefectureWide()) {
            throw new AccessRefusedException("only a prefecture-wide caller runs the escalation");
        }
        if (!runs.tryLock()) {
            throw new RuleViolationException("hazard.escalation.run-in-progress", "an escalation run is in progress");
        }
        LocalDate today = LocalDate.now(clock);
        List<HazardEscalated> taken = escalate(Trigger.MANUAL, store.caller(), today, "手动发起升级督办");
        return new EscalationRun(today, taken.stream()
                .filter(step -> scope.permits(step.jurisdiction(), step.industry(), step.enterpriseId()))
                .toList());
    }

    /**
     * The daily run, as the system; returns the steps taken.
     *
     * @throws RuleViolationException when a run is in progress on any node (the day's run is then left to a later
     *                                firing)
     */
    public List<HazardEscalated> scheduled() {
        if (!runs.tryLock()) {
            throw new RuleViolationException("hazard.escalation.run-in-progress", "an escalation run is in progress");
        }
        return escalate(Trigger.SCHEDULED, Actor.SYSTEM, LocalDate.now(clock), "每日定时升级督办");
    }

    private List<HazardEscalated> escalate(Trigger trigger, Actor actor, LocalDate today, String reason) {
        EscalateOverdueHazards useCase = new EscalateOverdueHazards(store, policies.findAll());
        List<HazardEscalated> taken = useCase.execute(new EscalateOverdueHazardsCommand(defaultActingUnit, actor,
                reason));
        runs.record(today, trigger, actor.username(), clock.instant(), taken.size());
        return taken;
    }
}
