package org.zhiben.campaign;

/** Where a key task stands on a given day; see {@link Ledger}. */
public enum TaskStatus {
    /** Every unit answering for the task has completed every milestone, as the lead unit accepted. */
    COMPLETED,
    /** A unit answering for the task has not completed a milestone past its due date. */
    OVERDUE,
    /** A unit answering for the task has started, nothing is overdue, and some unit's part is still open. */
    IN_PROGRESS,
    /** No unit answering for the task has reported anything, and nothing is overdue. */
    NOT_STARTED
}
