package org.zhiben.enforcement.application;

import org.zhiben.enforcement.Inspection;

/** One of the inspectors closes the inspection; refused while it lacks two signatures. */
public class CloseInspection {

    public static final String ACTION = "inspection.closed";

    private final EnforcementStore store;

    public CloseInspection(EnforcementStore store) {
        this.store = store;
    }

    public Inspection execute(InspectionTarget target) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.close(store.caller(), store.now());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "findings=" + stored.findings().size());
        return stored;
    }
}
