package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.Map;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Where each unit's sub-plans (子方案) stand with the committee office. A port the campaign declares: the module that
 * keeps the units' submissions implements it, so the campaign never depends on that module.
 */
public interface SubPlanSubmissions {

    /** Every unit that prepared or submitted its sub-plans, with where they stand; a unit absent submitted nothing. */
    Map<UnitCode, Standing> standings();

    /**
     * Where one unit's sub-plans stand.
     *
     * @param firstSubmittedOn the day they were first submitted (in the application's time zone), or null when they
     *                         never were
     */
    record Standing(SubPlanStatus status, LocalDate firstSubmittedOn) {

        public Standing {
            Require.notNull(status, "status");
            if (status.submitted() != (firstSubmittedOn != null)) {
                throw new IllegalArgumentException("sub-plans " + status + " with first submission " + firstSubmittedOn);
            }
        }

        /** Nothing prepared or submitted. */
        public static final Standing NONE = new Standing(SubPlanStatus.NOT_SUBMITTED, null);
    }
}
