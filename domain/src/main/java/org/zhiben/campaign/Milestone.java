package org.zhiben.campaign;

import java.time.LocalDate;

import org.zhiben.shared.Require;

/**
 * A dated milestone of a key task, e.g. "2024年底前建设完善危险化学品、矿山等高危企业安全生产电力监测分析系统"
 * (power-usage monitoring by 2024-12-31). "X年底前" reads as due on 31 December of that year.
 *
 * @param code    unique within its task, e.g. {@code T16-M1}
 * @param derived true when the plan writes no date for it and the due date is the end of the campaign
 */
public record Milestone(String code, LocalDate due, String text, boolean derived) {

    public Milestone {
        code = Require.notBlank(code, "milestone.code");
        Require.maxLength(code, 40, "milestone.code");
        Require.notNull(due, "milestone.due");
        text = Require.notBlank(text, "milestone.text");
    }
}
