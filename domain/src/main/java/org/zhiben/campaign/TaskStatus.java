package org.zhiben.campaign;

/** Where a key task stands on a given day; see {@link Ledger}. */
public enum TaskStatus {
    /** Every milestone is completed. */
    COMPLETED,
    /** At least one milestone is overdue. */
    OVERDUE,
    /** Progress has been recorded, nothing is overdue, and some milestone is still open. */
    IN_PROGRESS,
    /** No progress has been recorded, and nothing is overdue. */
    NOT_STARTED
}
