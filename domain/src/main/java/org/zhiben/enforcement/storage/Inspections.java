package org.zhiben.enforcement.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.shared.DataScope;

/** Where inspections are kept (write port, internal to enforcement). */
public interface Inspections {

    /**
     * Stores a new or changed inspection with optimistic locking (the stored version must still be the one it was
     * loaded at, else {@link org.zhiben.shared.StaleVersionException}); a new one is stored at version 0.
     *
     * @return the version it is stored at
     */
    long save(Inspection inspection);

    Optional<Inspection> findById(InspectionId id);

    /** The inspections inside {@code scope}, newest first. */
    List<Inspection> search(DataScope scope);

    /** The inspections of an enterprise, newest first. */
    List<Inspection> findByEnterprise(UUID enterpriseId);
}
