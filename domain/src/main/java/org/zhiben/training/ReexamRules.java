package org.zhiben.training;

import java.time.LocalDate;

/**
 * How many days a principal who failed the exam at an inspection has to pass a re-examination, as data in revisions
 * by the day they take effect. The plan (task 5: "积极推动“逢查必考”") sets no deadline; the shipped value, 30 days,
 * is a configurable default, not a rule of the plan.
 */
public interface ReexamRules {

    /** The days allowed for a failure on the given day (the revision in effect that day). */
    int daysAllowed(LocalDate failedOn);
}
