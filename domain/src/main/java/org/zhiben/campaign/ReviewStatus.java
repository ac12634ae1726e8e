package org.zhiben.campaign;

/**
 * Where the lead unit's review (牵头单位审核) of a progress entry stands. An entry the lead unit records itself is
 * accepted as it is recorded; any other unit's entry waits for the lead unit to accept it or return it with a reason.
 */
public enum ReviewStatus {
    /** Recorded, waiting for the lead unit's review. */
    SUBMITTED,
    /** The lead unit accepted it: what it reports counts in the ledger. */
    ACCEPTED,
    /** The lead unit returned it with a reason: it does not count, and the unit reports again. */
    RETURNED
}
