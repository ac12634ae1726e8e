package org.zhiben.audit;

import java.util.Optional;
import java.util.stream.Stream;

/** The append-only audit trail. Entries are never updated or deleted. */
public interface AuditTrail {

    /**
     * Seals the draft as the next entry ({@link AuditChain#append} with the last entry) and stores it. The adapter
     * serialises appends — no two appends may read the same last entry (e.g. an exclusive lock held until commit) —
     * and appends in the transaction of the change it records, so that a change and its record stand or fall together.
     */
    AuditEntry append(AuditDraft draft);

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
