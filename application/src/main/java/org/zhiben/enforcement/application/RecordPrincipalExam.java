package org.zhiben.enforcement.application;

import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.PrincipalExam;

/** One of the inspectors records the principal's exam (逢查必考): score and pass mark, published as an event. */
public class RecordPrincipalExam {

    public static final String ACTION = "inspection.exam-recorded";

    private final EnforcementStore store;

    public RecordPrincipalExam(EnforcementStore store) {
        this.store = store;
    }

    public Inspection execute(InspectionTarget target, int score, int passMark) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        PrincipalExam exam = new PrincipalExam(score, passMark);
        inspection.recordExam(exam, store.caller(), store.now());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "score=" + score + ";passMark=" + passMark
                + ";passed=" + exam.passed());
        return stored;
    }
}
