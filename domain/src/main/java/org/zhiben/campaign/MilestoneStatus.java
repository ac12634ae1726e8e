package org.zhiben.campaign;

/** Where a milestone stands on a given day; see {@link Ledger}. */
public enum MilestoneStatus {
    /** An entry reports it done. */
    COMPLETED,
    /** Not done, and its due date has passed. */
    OVERDUE,
    /** Not done, and due within {@value Ledger#DUE_SOON_DAYS} days (today included). */
    DUE_SOON,
    /** Not done, and due later than that. */
    PENDING
}
