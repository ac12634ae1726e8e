package org.zhiben.training.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;

/** Where re-examination flags are kept (the module's write port). */
public interface ReexamFlags {

    /** Stores a new flag or a change of one at the version it was loaded at; returns the version stored. */
    long save(ReexamFlag flag);

    Optional<ReexamFlag> findById(ReexamFlagId id);

    /** The flag raised for the failed exam of an inspection, if any. */
    Optional<ReexamFlag> findByInspection(UUID inspectionId);

    /** The open flags of an enterprise. */
    List<ReexamFlag> openOf(UUID enterpriseId);

    /** The flags inside the scope, the earliest due first. */
    List<ReexamFlag> search(DataScope scope);
}
