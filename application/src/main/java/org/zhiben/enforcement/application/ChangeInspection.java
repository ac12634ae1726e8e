package org.zhiben.enforcement.application;

import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.PrincipalExam;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.shared.Require;

/**
 * The steps of an inspection after it is recorded, each by the signed-in inspector on the inspection at the version
 * the caller saw: marking a checklist item, signing (谁检查、谁签名、谁负责: a signature is the caller's own act),
 * closing (refused without two signatures) and recording the principal's exam (逢查必考, published as an event).
 */
public class ChangeInspection {

    public static final String MARKED = "inspection.item-marked";
    public static final String SIGNED = "inspection.signed";
    public static final String CLOSED = "inspection.closed";
    public static final String EXAM_RECORDED = "inspection.exam-recorded";

    /** Which inspection, at which version. */
    public record Target(InspectionId id, long expectedVersion) {

        public Target {
            Require.notNull(id, "inspectionId");
        }
    }

    private final EnforcementStore store;

    public ChangeInspection(EnforcementStore store) {
        this.store = store;
    }

    public Inspection mark(Target target, String itemCode, ChecklistMark mark, ClauseReference clause, String note) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.mark(itemCode, mark, clause, note, store.caller());
        return stored(inspection, MARKED, "item=" + itemCode + ";mark=" + mark
                + (mark == ChecklistMark.FINDING && clause != null ? ";clause=" + clause : ""));
    }

    public Inspection sign(Target target) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.sign(store.caller(), store.now());
        return stored(inspection, SIGNED, "signatures=" + inspection.signatures().size());
    }

    public Inspection close(Target target) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        inspection.close(store.caller(), store.now());
        return stored(inspection, CLOSED, "findings=" + inspection.findings().size());
    }

    public Inspection recordExam(Target target, int score, int passMark) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        PrincipalExam exam = new PrincipalExam(score, passMark);
        inspection.recordExam(exam, store.caller(), store.now());
        return stored(inspection, EXAM_RECORDED, "score=" + score + ";passMark=" + passMark + ";passed="
                + exam.passed());
    }

    private Inspection stored(Inspection inspection, String action, String change) {
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), action, null, change);
        return stored;
    }
}
