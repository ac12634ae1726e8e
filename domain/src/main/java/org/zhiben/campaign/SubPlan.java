package org.zhiben.campaign;

import java.time.LocalDate;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A sub-plan (子方案) of the ledger with its owner, due day and status: a title an assignment names ("负责制定并实施……
 * 子方案"), the unit the assignment gives it to, the day the plan's reporting obligation {@code PLANS_DUE} sets ("于2024年
 * 3月18日前将安全生产治本攻坚三年行动方案报送自治州安委会办公室") and where the owner's submission stands.
 *
 * @param due         the day the sub-plans are due; null when the plan sets none
 * @param submittedOn the day the owner first submitted them, or null
 * @param late        submitted after the due day, or not submitted and the due day has passed
 */
public record SubPlan(int assignmentNumber, String title, UnitCode owner, LocalDate due, SubPlanStatus status,
                      LocalDate submittedOn, boolean late) {

    public SubPlan {
        Require.notBlank(title, "title");
        Require.notNull(owner, "owner");
        Require.notNull(status, "status");
    }

    /** A sub-plan of an assignment as it stands on {@code today}. */
    public static SubPlan of(Assignment assignment, String title, LocalDate due,
                             SubPlanSubmissions.Standing standing, LocalDate today) {
        Require.notNull(standing, "standing");
        Require.notNull(today, "today");
        LocalDate submittedOn = standing.firstSubmittedOn();
        boolean late = due != null && (submittedOn != null ? submittedOn.isAfter(due) : today.isAfter(due));
        return new SubPlan(assignment.number(), title, assignment.unit(), due, standing.status(), submittedOn, late);
    }
}
