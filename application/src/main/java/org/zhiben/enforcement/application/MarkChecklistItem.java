package org.zhiben.enforcement.application;

import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.Inspection;
import org.zhiben.hazards.ClauseReference;

/**
 * One of the inspection's own inspectors marks a checklist item fine, not applicable, or a finding citing a clause of
 * the determination standard; only before anyone has signed (what is signed no longer changes).
 */
public class MarkChecklistItem {

    public static final String ACTION = "inspection.item-marked";

    private final EnforcementStore store;

    public MarkChecklistItem(EnforcementStore store) {
        this.store = store;
    }

    public Inspection execute(InspectionTarget target, String itemCode, ChecklistMark mark, ClauseReference clause,
            String note) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.mark(itemCode, mark, clause, note, store.caller());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "item=" + itemCode + ";mark=" + mark
                + (mark == ChecklistMark.FINDING && clause != null ? ";clause=" + clause : ""));
        return stored;
    }
}
