package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * What the steps of a penalty case share: the case inside the caller's scope at the version the caller saw, a date
 * that may not lie in the future, and storing the changed case with its audit entry.
 */
final class PenaltyCaseSteps {

    private PenaltyCaseSteps() {
    }

    static PenaltyCase load(EnforcementStore store, PenaltyCaseTarget target) {
        Require.notNull(target, "target");
        return store.penaltyCase(target.id(), target.expectedVersion());
    }

    static LocalDate notInFuture(EnforcementStore store, LocalDate day, String field) {
        Require.notNull(day, field);
        if (day.isAfter(store.today())) {
            throw new InvalidValueException(field, "enforcement.date.in-future", "the date cannot be in the future",
                    day);
        }
        return day;
    }

    static PenaltyCase stored(EnforcementStore store, PenaltyCase penaltyCase, String action, String reason,
            String change) {
        PenaltyCase stored = store.store(penaltyCase);
        store.audit(PenaltyCase.ENTITY, stored.id(), action, reason, change);
        return stored;
    }
}
