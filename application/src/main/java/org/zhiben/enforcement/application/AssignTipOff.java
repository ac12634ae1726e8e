package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;

/** 交办: assigns an accepted tip-off to the unit responsible for verifying it. */
public class AssignTipOff {

    public static final String ACTION = "tip-off.assigned";

    private final EnforcementStore store;

    public AssignTipOff(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target, String unit) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.assign(unit, store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "unit=" + tipOff.assignedUnit().orElseThrow());
    }
}
