package org.zhiben.campaign.storage;

import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;

import java.util.List;
import java.util.Optional;

/** The ledger's progress entries. */
public interface ProgressEntries {

    /** Stores a new entry, or a reviewed one at the version it was read (a stale one is refused); returns it as stored. */
    ProgressEntry save(ProgressEntry entry);

    Optional<ProgressEntry> findById(ProgressEntryId id);

    /** The entries on the key task with this number, in no particular order. */
    List<ProgressEntry> findByTask(int taskNumber);

    /** Every entry, in no particular order. */
    List<ProgressEntry> findAll();
}
