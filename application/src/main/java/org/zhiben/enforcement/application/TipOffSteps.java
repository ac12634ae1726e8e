package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOff;

/**
 * What the steps of a tip-off share: the tip-off inside the caller's scope at the version the caller saw, and storing
 * it with its events and one audit entry of the step (never the reporter's identity).
 */
final class TipOffSteps {

    private TipOffSteps() {
    }

    static TipOff load(EnforcementStore store, TipOffTarget target) {
        return store.tipOff(target.id(), target.expectedVersion());
    }

    static TipOff stored(EnforcementStore store, TipOff tipOff, String action, String change) {
        TipOff stored = store.store(tipOff);
        store.audit(TipOff.ENTITY, stored.id(), action, null, change);
        return stored;
    }
}
