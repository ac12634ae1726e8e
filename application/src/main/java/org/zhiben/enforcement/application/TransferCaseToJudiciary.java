package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.JudicialTransfer;
import org.zhiben.enforcement.PenaltyCase;

/** 行刑衔接: transfers a case to the judiciary, with the date, the receiving organ and the reason; once. */
public class TransferCaseToJudiciary {

    public static final String ACTION = "penalty-case.transferred";

    private final EnforcementStore store;

    public TransferCaseToJudiciary(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target, LocalDate on, String receivingOrgan, String reason) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        penaltyCase.transferToJudiciary(new JudicialTransfer(PenaltyCaseSteps.notInFuture(store, on,
                "transferredOn"), receivingOrgan, reason), store.now());
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, reason, "transferredOn=" + on);
    }
}
