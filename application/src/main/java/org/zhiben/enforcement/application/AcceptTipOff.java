package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;

/** 受理: the tip-off officer accepts a tip-off received. */
public class AcceptTipOff {

    public static final String ACTION = "tip-off.accepted";

    private final EnforcementStore store;

    public AcceptTipOff(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.accept(store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "status=" + tipOff.status());
    }
}
