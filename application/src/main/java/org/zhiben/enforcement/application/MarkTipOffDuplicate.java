package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;

/** Links a tip-off as a duplicate of the first tip-off of the same matter (both inside the caller's scope). */
public class MarkTipOffDuplicate {

    public static final String ACTION = "tip-off.duplicate-linked";

    private final EnforcementStore store;

    public MarkTipOffDuplicate(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target, TipOffId first) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.markDuplicateOf(store.tipOff(first));
        return TipOffSteps.stored(store, tipOff, ACTION, "duplicateOf=" + first);
    }
}
