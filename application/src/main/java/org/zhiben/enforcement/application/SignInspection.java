package org.zhiben.enforcement.application;

import org.zhiben.enforcement.Inspection;

/**
 * The signed-in inspector signs the inspection (谁检查、谁签名、谁负责): the signature is the caller's own act, so two
 * signatures are two authenticated actions of two accounts; an account not named as inspector cannot sign.
 */
public class SignInspection {

    public static final String ACTION = "inspection.signed";

    private final EnforcementStore store;

    public SignInspection(EnforcementStore store) {
        this.store = store;
    }

    public Inspection execute(InspectionTarget target) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.sign(store.caller(), store.now());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "signatures=" + stored.signatures().size());
        return stored;
    }
}
