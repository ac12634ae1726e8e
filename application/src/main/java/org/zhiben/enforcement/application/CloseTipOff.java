package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;

/** 办结: closes a tip-off after payment, after a false verification, or after an outcome not rewarded. */
public class CloseTipOff {

    public static final String ACTION = "tip-off.closed";

    private final EnforcementStore store;

    public CloseTipOff(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.close(store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "status=" + tipOff.status());
    }
}
