package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.PenaltyCase;

/** 告知: records that the party was told of the intended penalty and its rights, on a day not in the future. */
public class NotifyPenaltyRights {

    public static final String ACTION = "penalty-case.rights-notified";

    private final EnforcementStore store;

    public NotifyPenaltyRights(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(PenaltyCaseTarget target, LocalDate on) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, target);
        penaltyCase.notifyRights(PenaltyCaseSteps.notInFuture(store, on, "notifiedOn"));
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, null, "status=" + penaltyCase.status());
    }
}
