package org.zhiben.audit;

import java.util.Optional;
import java.util.stream.Stream;

/** The append-only audit trail. Entries are never updated or deleted. */
public interface AuditTrail {

    /**
     * Seals the draft as the next entry ({@link AuditChain#append} with the last entry) and stores it, in the
     * transaction of the change it records, so that a change and its record stand or fall together. The adapter may
     * seal it at any moment up to that transaction's commit (e.g. as its last step), but serialises the sealing: no
     * two transactions may chain after the same last entry.
     */
    void append(AuditDraft draft);

    /** The entry with the highest sequence; empty while the trail is empty. */
    Optional<AuditEntry> lastEntry();

    /**
     * The entries from the given sequence on, in ascending sequence order, read lazily (a large trail is not loaded
     * into memory). The caller closes the stream.
     */
    Stream<AuditEntry> entriesFrom(long sequence);

    /** One page (from 0) of the entries matching the criteria, newest first. */
    AuditPage search(AuditCriteria criteria, int page, int size);
}
