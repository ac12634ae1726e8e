package org.zhiben.enforcement.storage;

import java.util.List;
import java.util.Optional;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.shared.DataScope;

/** Where penalty cases are kept (write port, internal to enforcement). */
public interface PenaltyCases {

    /** Stores with optimistic locking, as {@link Inspections#save}. */
    long save(PenaltyCase penaltyCase);

    Optional<PenaltyCase> findById(PenaltyCaseId id);

    /** The cases inside {@code scope}, newest first. */
    List<PenaltyCase> search(DataScope scope);

    /** Every published decision, newest decision first. */
    List<PenaltyCase> findPublished();
}
