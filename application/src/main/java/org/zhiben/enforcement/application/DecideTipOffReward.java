package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.RewardCalculation;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.shared.RuleViolationException;

/**
 * 奖励决定: decides the reward of a tip-off by the reward rules in force for the prefecture — for a verified major
 * hazard or illegal act a share of the fines of the case it led to (on the day of the penalty decision), or an amount
 * per verified concealed death by the accident's class (today). Only the first valid reporter of a matter is rewarded.
 * The amount can be computed beforehand, without deciding, so the officer sees what the rules give.
 */
public class DecideTipOffReward {

    public static final String ACTION = "tip-off.reward-decided";

    private final EnforcementStore store;

    public DecideTipOffReward(EnforcementStore store) {
        this.store = store;
    }

    /** What the rules in force give from the fines of the tip-off's case; nothing changes. */
    public RewardCalculation computeFromFine(TipOffId id) {
        return fromFine(store.tipOff(id));
    }

    /** What the rules in force give for {@code deaths} concealed deaths of an accident of the class; nothing changes. */
    public RewardCalculation computeForConcealedDeaths(AccidentClass accidentClass, int deaths) {
        return rules(store.today()).forConcealedDeaths(accidentClass, deaths);
    }

    /** Decides the reward from the fines of the decided case the tip-off led to. */
    public TipOff fromFine(TipOffTarget target) {
        TipOff tipOff = TipOffSteps.load(store, target);
        return decide(tipOff, fromFine(tipOff));
    }

    /** Decides the reward for verified concealed deaths of an accident of the given class. */
    public TipOff forConcealedDeaths(TipOffTarget target, AccidentClass accidentClass, int deaths) {
        TipOff tipOff = TipOffSteps.load(store, target);
        return decide(tipOff, computeForConcealedDeaths(accidentClass, deaths));
    }

    private RewardCalculation fromFine(TipOff tipOff) {
        PenaltyCaseId caseId = tipOff.penaltyCase().orElseThrow(() -> new RuleViolationException(
                "enforcement.tipoff.no-case", "the reward from a fine needs the penalty case the tip-off led to"));
        PenaltyCase penaltyCase = store.penaltyCase(caseId);
        LocalDate decidedOn = penaltyCase.decidedOn().orElseThrow(() -> new RuleViolationException(
                "enforcement.tipoff.case-not-decided", "the reward from a fine needs the penalty decision"));
        return rules(decidedOn).forViolation(penaltyCase.totalFine());
    }

    private TipOff decide(TipOff tipOff, RewardCalculation reward) {
        List<TipOff> sameMatter = new ArrayList<>();
        TipOffId first = tipOff.duplicateOf().orElse(tipOff.id());
        if (!first.equals(tipOff.id())) {
            store.tipOffs().findById(first).ifPresent(sameMatter::add);
        }
        sameMatter.addAll(store.tipOffs().findDuplicatesOf(first));
        tipOff.decideReward(reward, sameMatter, store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "amountFen=" + reward.amount().fen() + ";rules="
                + reward.rules());
    }

    private RewardRules rules(LocalDate day) {
        return RewardRules.inForceOn(store.rules().rewardRules(), store.rules().prefecture(), day);
    }
}
