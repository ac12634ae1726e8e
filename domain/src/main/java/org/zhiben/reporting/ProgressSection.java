package org.zhiben.reporting;

import org.zhiben.shared.Require;

/**
 * One key task's section of a quarterly progress or yearly summary: what the unit writes of its progress on the task,
 * and, once submitted, what the task ledger said of the task on the reporting date.
 *
 * @param text     the unit's text; empty while not written
 * @param standing the ledger's standing frozen on submission; null in a draft
 */
public record ProgressSection(int task, String text, TaskStanding standing) {

    public ProgressSection {
        if (task < 1) {
            throw new IllegalArgumentException("a key task is numbered from 1");
        }
        text = text == null ? "" : text.strip();
        Require.notNull(text, "text");
        if (standing != null && standing.task() != task) {
            throw new IllegalArgumentException("the standing of task " + standing.task() + " in section " + task);
        }
    }
}
