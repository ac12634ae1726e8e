package org.zhiben.training.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;

/** Where training records are kept (the module's write port). */
public interface TrainingRecords {

    /** Stores a new record or a change of one; returns the version stored. */
    long save(TrainingRecord record);

    Optional<TrainingRecord> findById(TrainingRecordId id);

    /** The records inside the scope, the latest training first. */
    List<TrainingRecord> search(DataScope scope);

    /** The records of the given enterprises whose training ended in the given year. */
    List<TrainingRecord> endedIn(int year, java.util.Collection<UUID> enterpriseIds);

    /** The stored records of the given natural keys (an import looks up one batch of rows at a time). */
    List<TrainingRecord> withKeys(java.util.Collection<org.zhiben.training.TrainingRecordImport.Key> keys);
}
