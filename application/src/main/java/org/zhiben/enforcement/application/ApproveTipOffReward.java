package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;

/** 奖励审批: a second person approves the reward decided; the person who decided it is refused (four eyes). */
public class ApproveTipOffReward {

    public static final String ACTION = "tip-off.reward-approved";

    private final EnforcementStore store;

    public ApproveTipOffReward(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.approveReward(store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION,
                "amountFen=" + tipOff.reward().orElseThrow().amount().fen());
    }
}
