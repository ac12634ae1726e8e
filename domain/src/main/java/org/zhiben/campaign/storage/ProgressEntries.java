package org.zhiben.campaign.storage;

import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;

import java.util.List;
import java.util.Optional;

/** The ledger's progress entries. */
public interface ProgressEntries {

    void save(ProgressEntry entry);

    Optional<ProgressEntry> findById(ProgressEntryId id);

    /** The entries on the key task with this number, in no particular order. */
    List<ProgressEntry> findByTask(int taskNumber);

    /** Every entry, in no particular order. */
    List<ProgressEntry> findAll();
}
