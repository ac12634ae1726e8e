package org.zhiben.campaign;

import java.time.LocalDate;

import org.zhiben.shared.Require;

/**
 * A dated target of a phase or of the whole campaign, e.g. "于2024年12月20日前全部消除完毕2023年存量隐患"
 * (the 2023-and-earlier stock of major hazards eliminated by 2024-12-20).
 *
 * @param code a short code to refer to the target, or null when the plan gives it none
 */
public record DatedTarget(String code, LocalDate due, String text) {

    public DatedTarget {
        code = Checks.optional(code);
        Require.notNull(due, "target.due");
        text = Require.notBlank(text, "target.text");
    }
}
