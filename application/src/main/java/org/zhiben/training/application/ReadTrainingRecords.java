package org.zhiben.training.application;

import java.util.List;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;

/** The training records the caller may read: those of their data scope; one outside it does not exist for them. */
public class ReadTrainingRecords {

    private final TrainingStore store;

    public ReadTrainingRecords(TrainingStore store) {
        this.store = store;
    }

    public List<TrainingRecord> list() {
        return store.records().search(store.scope());
    }

    public TrainingRecord find(TrainingRecordId id) {
        return store.record(id);
    }
}
