package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.RewardCalculation;
import org.zhiben.enforcement.RewardPayment;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * The steps of a tip-off after it is received, each on the tip-off inside the caller's scope at the version the
 * caller saw, by the signed-in account: acceptance, assignment, on-site verification, the hazard it becomes (through
 * the hazards module's declared interface, channel 群众举报查实) and the case it leads to, duplicate links, the reward
 * (computed by the rules in force, decided by one person and approved by a second), its payment, and closure.
 */
public class HandleTipOff {

    public static final String ACCEPTED = "tip-off.accepted";
    public static final String ASSIGNED = "tip-off.assigned";
    public static final String VERIFIED = "tip-off.verified";
    public static final String OUTCOME_LINKED = "tip-off.outcome-linked";
    public static final String HAZARD_RAISED = "tip-off.hazard-raised";
    public static final String DUPLICATE_LINKED = "tip-off.duplicate-linked";
    public static final String REWARD_DECIDED = "tip-off.reward-decided";
    public static final String REWARD_APPROVED = "tip-off.reward-approved";
    public static final String PAID = "tip-off.paid";
    public static final String CLOSED = "tip-off.closed";

    /** Which tip-off, at which version. */
    public record Target(TipOffId id, long expectedVersion) {

        public Target {
            Require.notNull(id, "tipOffId");
        }
    }

    private final EnforcementStore store;
    private final HazardIntake hazards;

    public HandleTipOff(EnforcementStore store, HazardIntake hazards) {
        this.store = store;
        this.hazards = hazards;
    }

    public TipOff accept(Target target) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.accept(store.caller(), store.now());
        return stored(tipOff, ACCEPTED, null, "status=" + tipOff.status());
    }

    public TipOff assign(Target target, String unit) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.assign(unit, store.caller(), store.now());
        return stored(tipOff, ASSIGNED, null, "unit=" + tipOff.assignedUnit().orElseThrow());
    }

    public TipOff verify(Target target, VerificationResult result, String note) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.verify(result, note, store.caller(), store.now());
        return stored(tipOff, VERIFIED, null, "result=" + result);
    }

    /** The tip-off as stored, and the hazards module's answer to the hazard it was to become. */
    public record Raised(TipOff tipOff, HazardIntake.Answer answer) {
    }

    /**
     * A tip-off verified true or partly true becomes a hazard (群众举报查实, source = the tip-off) and is linked to it; a
     * refusal of the hazards module is answered and nothing changes.
     */
    public Raised raiseHazard(Target target, String location, String description, ClauseReference clause) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        if (tipOff.enterpriseId().isEmpty()) {
            throw new RuleViolationException("enforcement.tipoff.no-enterprise",
                    "only a tip-off about a registered enterprise becomes a hazard");
        }
        if (tipOff.verification().filter(VerificationResult::valid).isEmpty()) {
            throw new RuleViolationException("enforcement.tipoff.outcome-needs-valid",
                    "only a tip-off verified true or partly true leads to a hazard or a case");
        }
        LocalDate verifiedOn = tipOff.history().get(tipOff.history().size() - 1).at()
                .atZone(store.clock().getZone()).toLocalDate();
        HazardIntake.Answer answer = hazards.report(new HazardIntake.Report(tipOff.enterpriseId().orElseThrow(),
                location, description, verifiedOn, DiscoveryChannel.VERIFIED_TIP_OFF, "JB-" + tipOff.id(), clause));
        if (!answer.isAccepted()) {
            return new Raised(tipOff, answer);
        }
        tipOff.linkOutcome(answer.hazardId(), null, store.caller(), store.now());
        return new Raised(stored(tipOff, HAZARD_RAISED, null, "hazard=" + answer.hazardId()), answer);
    }

    public TipOff linkOutcome(Target target, HazardId hazardId, PenaltyCaseId caseId) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        if (caseId != null) {
            store.penaltyCase(caseId);
        }
        tipOff.linkOutcome(hazardId, caseId, store.caller(), store.now());
        return stored(tipOff, OUTCOME_LINKED, null, "hazard=" + tipOff.hazard().map(HazardId::toString).orElse("")
                + ";case=" + tipOff.penaltyCase().map(PenaltyCaseId::toString).orElse(""));
    }

    public TipOff markDuplicate(Target target, TipOffId first) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.markDuplicateOf(store.tipOff(first));
        return stored(tipOff, DUPLICATE_LINKED, null, "duplicateOf=" + first);
    }

    /**
     * Decides the reward for a tip-off whose case was decided: the share of the case's fines, floor and cap, by the
     * rules in force on the decision day for the prefecture.
     */
    public TipOff decideRewardFromFine(Target target) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        PenaltyCaseId caseId = tipOff.penaltyCase().orElseThrow(() -> new RuleViolationException(
                "enforcement.tipoff.no-case", "the reward from a fine needs the penalty case the tip-off led to"));
        PenaltyCase penaltyCase = store.penaltyCase(caseId);
        LocalDate decidedOn = penaltyCase.decidedOn().orElseThrow(() -> new RuleViolationException(
                "enforcement.tipoff.case-not-decided", "the reward from a fine needs the penalty decision"));
        RewardCalculation reward = rules(decidedOn).forViolation(penaltyCase.totalFine());
        return decide(tipOff, reward);
    }

    /** Decides the reward for verified concealed deaths of an accident of the given class. */
    public TipOff decideRewardForConcealedDeaths(Target target, AccidentClass accidentClass, int deaths) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        return decide(tipOff, rules(store.today()).forConcealedDeaths(accidentClass, deaths));
    }

    public TipOff approveReward(Target target) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.approveReward(store.caller(), store.now());
        return stored(tipOff, REWARD_APPROVED, null, "amountFen=" + tipOff.reward().orElseThrow().amount().fen());
    }

    public TipOff recordPayment(Target target, LocalDate paidOn, String reference) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        if (paidOn != null && paidOn.isAfter(store.today())) {
            throw new InvalidValueException("paidOn", "enforcement.date.in-future", "the date cannot be in the future",
                    paidOn);
        }
        tipOff.recordPayment(new RewardPayment(paidOn, reference), store.caller(), store.now());
        return stored(tipOff, PAID, null, "paidOn=" + paidOn + ";amountFen="
                + tipOff.reward().orElseThrow().amount().fen());
    }

    public TipOff close(Target target) {
        TipOff tipOff = store.tipOff(target.id(), target.expectedVersion());
        tipOff.close(store.caller(), store.now());
        return stored(tipOff, CLOSED, null, "status=" + tipOff.status());
    }

    private TipOff decide(TipOff tipOff, RewardCalculation reward) {
        List<TipOff> sameMatter = new ArrayList<>();
        TipOffId first = tipOff.duplicateOf().orElse(tipOff.id());
        if (!first.equals(tipOff.id())) {
            store.tipOffs().findById(first).ifPresent(sameMatter::add);
        }
        sameMatter.addAll(store.tipOffs().findDuplicatesOf(first));
        tipOff.decideReward(reward, sameMatter, store.caller(), store.now());
        return stored(tipOff, REWARD_DECIDED, null, "amountFen=" + reward.amount().fen() + ";rules=" + reward.rules());
    }

    private RewardRules rules(LocalDate day) {
        return RewardRules.inForceOn(store.rules().rewardRules(), store.rules().prefecture(), day);
    }

    private TipOff stored(TipOff tipOff, String action, String reason, String change) {
        TipOff stored = store.store(tipOff);
        store.audit(TipOff.ENTITY, stored.id(), action, reason, change);
        return stored;
    }
}
