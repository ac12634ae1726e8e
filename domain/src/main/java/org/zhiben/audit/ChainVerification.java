package org.zhiben.audit;

/**
 * The outcome of verifying the audit trail: whether it is intact, how many entries were read, and where and how it is
 * first broken. Verification stops at the first break.
 *
 * @param entriesChecked      entries read, up to and including the first broken one
 * @param firstBrokenSequence the sequence where the chain first breaks (for {@link BreakKind#TRUNCATED}: the first
 *                            missing sequence); null when intact
 * @param breakKind           how the chain first breaks; null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, BreakKind breakKind) {

    /** How the chain is broken. */
    public enum BreakKind {
        /** The entry's fields no longer give its hash: the row was altered. */
        HASH_MISMATCH,
        /** The entry's previousHash differs from its predecessor's hash: a row before it was altered or replaced. */
        LINK_MISMATCH,
        /** The sequence does not follow its predecessor's: a row was removed, or rows were reordered. */
        SEQUENCE_GAP,
        /** The entry's hash differs from the one anchored for it: the trail was rewritten since the anchor. */
        ANCHOR_MISMATCH,
        /** An anchor names an entry beyond the end of the trail: entries were cut off the end. */
        TRUNCATED
    }

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    public static ChainVerification broken(long entriesChecked, long firstBrokenSequence, BreakKind kind) {
        return new ChainVerification(false, entriesChecked, firstBrokenSequence, kind);
    }
}
