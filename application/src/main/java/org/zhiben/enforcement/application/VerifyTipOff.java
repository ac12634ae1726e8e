package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.VerificationResult;

/** 现场核查: records what on-site verification found (属实, 部分属实 or 不属实) and a note of it. */
public class VerifyTipOff {

    public static final String ACTION = "tip-off.verified";

    private final EnforcementStore store;

    public VerifyTipOff(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target, VerificationResult result, String note) {
        TipOff tipOff = TipOffSteps.load(store, target);
        tipOff.verify(result, note, store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "result=" + result);
    }
}
