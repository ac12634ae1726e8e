package org.zhiben.hazards.web;

import org.zhiben.hazards.MajorHazard;
import org.zhiben.audit.AuditRecorder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.hazards.application.EscalateOverdueHazards;
import org.zhiben.hazards.application.EscalateOverdueHazardsCommand;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.hazards.storage.EscalationRunLog;
import org.zhiben.hazards.storage.EscalationRunLog.Trigger;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * Runs the escalation of overdue hazards (函告 → 通报 → 约谈 → 曝光): daily at
 * {@code zhiben.hazards.escalation.cron} (02:00 by default) as {@link Actor#SYSTEM}, or on demand. A run is one
 * transaction holding the escalation lock (see {@link EscalationRunLog}); the scheduled run is skipped on a node when
 * another node holds the lock or has already done the day's run. A hazard that is not listed is escalated by
 * {@code zhiben.hazards.escalation.default-acting-unit} (the committee office, ACO, by default); a listed one by its
 * supervising unit. The policy in force is read from {@code hazards.escalation_policy} at each run.
 */
@Component
public class EscalationRunner {

    private static final Logger log = LoggerFactory.getLogger(EscalationRunner.class);

    private final MajorHazards hazards;
    private final DomainEvents events;
    private final EscalationPolicies policies;
    private final EscalationRunLog runs;
    private final Transactions transactions;
    private final Clock clock;
    private final UnitCode defaultActingUnit;
    private final AuditRecorder audit;

    EscalationRunner(MajorHazards hazards, DomainEvents events, EscalationPolicies policies, EscalationRunLog runs,
            Transactions transactions, Clock clock,
            @Value("${zhiben.hazards.escalation.default-acting-unit:ACO}") String defaultActingUnit,
            AuditRecorder audit) {
        this.audit = audit;
        this.hazards = hazards;
        this.events = events;
        this.policies = policies;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultActingUnit = UnitCode.of(defaultActingUnit);
    }

    @Scheduled(cron = "${zhiben.hazards.escalation.cron:0 0 2 * * *}")
    void scheduledRun() {
        List<HazardEscalated> taken = transactions.write(() -> {
            LocalDate today = LocalDate.now(clock);
            if (!runs.tryLock() || runs.scheduledRunDoneOn(today)) {
                return List.<HazardEscalated>of();
            }
            return escalate(Trigger.SCHEDULED, Actor.SYSTEM, today);
        });
        log.info("Scheduled escalation run: {} step(s) taken", taken.size());
    }

    /**
     * Runs the escalation now.
     *
     * @throws RuleViolationException when a run is in progress on any node
     */
    public List<HazardEscalated> runNow(Actor actor) {
        return transactions.write(() -> {
            if (!runs.tryLock()) {
                throw new RuleViolationException("hazard.escalation.run-in-progress",
                        "an escalation run is in progress");
            }
            return escalate(Trigger.MANUAL, actor, LocalDate.now(clock));
        });
    }

    private List<HazardEscalated> escalate(Trigger trigger, Actor actor, LocalDate today) {
        EscalateOverdueHazards useCase = new EscalateOverdueHazards(hazards, events, policies.findAll(), clock);
        List<HazardEscalated> taken = useCase.execute(new EscalateOverdueHazardsCommand(defaultActingUnit, actor));
        runs.record(today, trigger, actor.username(), clock.instant(), taken.size());
        for (HazardEscalated step : taken) {
            audit.record(actor, MajorHazard.ENTITY, step.hazardId().value().toString(), "ESCALATED",
                    trigger == Trigger.SCHEDULED ? "scheduled escalation run" : "escalation run on demand",
                    "step=" + step.step() + ";actingUnit=" + step.actingUnit().value() + ";on=" + step.on());
        }
        return taken;
    }
}
