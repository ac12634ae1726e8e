package org.zhiben.campaign;

/** Where one unit answering for a key task stands with its part on a given day; see {@link Ledger}. */
public enum UnitProgressStatus {
    /** The lead unit has accepted the unit's completion of every milestone. */
    COMPLETED,
    /** A milestone the unit has not completed is past its due date. */
    OVERDUE,
    /** The lead unit returned the unit's latest entry; the unit reports again. */
    RETURNED,
    /** An entry of the unit waits for the lead unit's review. */
    AWAITING_REVIEW,
    /** The unit has reported progress, nothing waits for review and nothing is overdue. */
    IN_PROGRESS,
    /** The unit has reported nothing yet, and nothing is overdue. */
    NOT_STARTED
}
