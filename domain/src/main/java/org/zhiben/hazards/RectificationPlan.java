package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The rectification plan with its five items in place (五落实): owner (责任), measures (措施), funds (资金),
 * deadline (时限) and contingency plan (预案). Task 25: "明确每项重大事故隐患的整改责任、时限、措施".
 *
 * @param responsiblePerson the rectification owner, as the enterprise names them
 * @param measures          what will be done
 * @param fundsFen          the money set aside, in fen (分), not negative
 * @param deadline          the deadline as first set; later approved extensions move the hazard's current deadline
 * @param contingencyPlan   what protects people until the hazard is removed
 */
public record RectificationPlan(String responsiblePerson, String measures, long fundsFen, LocalDate deadline,
        String contingencyPlan) {

    public RectificationPlan {
        responsiblePerson = Require.maxLength(Require.notBlank(responsiblePerson, "plan.responsiblePerson"), 100,
                "plan.responsiblePerson");
        measures = Require.maxLength(Require.notBlank(measures, "plan.measures"), 2000, "plan.measures");
        if (fundsFen < 0) {
            throw new InvalidValueException("plan.fundsFen", "hazard.plan.funds-negative",
                    "rectification funds must not be negative", fundsFen);
        }
        Require.notNull(deadline, "plan.deadline");
        contingencyPlan = Require.maxLength(Require.notBlank(contingencyPlan, "plan.contingencyPlan"), 2000,
                "plan.contingencyPlan");
    }
}
