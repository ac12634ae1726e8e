package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.PenaltyCase;

/** 执行: records that a decision was executed, on a day not in the future. */
public class RecordPenaltyExecution {

    public static final String ACTION = "penalty-case.executed";

    private final EnforcementStore store;

    public RecordPenaltyExecution(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target, LocalDate on) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        penaltyCase.recordExecution(PenaltyCaseSteps.notInFuture(store, on, "executedOn"));
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, null, "executedOn=" + on);
    }
}
