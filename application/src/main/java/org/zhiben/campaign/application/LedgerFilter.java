package org.zhiben.campaign.application;

import org.zhiben.campaign.TaskStatus;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * Which key tasks to show in the ledger. Every criterion is optional (null, or false for {@code overdueOnly}); the
 * ones given must all hold.
 *
 * @param unit        only tasks this unit answers for: it leads them, they list it by name, or they name a collective
 *                    it belongs to ("各县(市)人民政府" for a county government, "自治州安委会有关成员单位分工负责" for
 *                    a member unit)
 * @param group       only tasks of the task group with this number
 * @param status      only tasks in this status
 * @param overdueOnly only tasks with at least one overdue milestone
 */
public record LedgerFilter(UnitCode unit, Integer group, TaskStatus status, boolean overdueOnly) {

    public LedgerFilter {
        if (group != null && (group < 1 || group > 99)) {
            throw new InvalidValueException("group", "campaign.number.out-of-range",
                    "group must be between 1 and 99: " + group, "group", group, 1, 99);
        }
    }

    /** Every task. */
    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, false);
    }
}
