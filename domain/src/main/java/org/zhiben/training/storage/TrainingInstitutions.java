package org.zhiben.training.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.training.InstitutionStatus;
import org.zhiben.training.TrainingInstitution;

/** The register of training institutions (the module's write port). */
public interface TrainingInstitutions {

    /** Stores a new institution; returns its stored version. */
    long add(TrainingInstitution institution);

    /**
     * Stores a changed institution if it is still at {@code expectedVersion}; returns the new version.
     *
     * @throws org.zhiben.shared.StaleVersionException when it was changed meanwhile
     */
    long update(TrainingInstitution institution, long expectedVersion);

    Optional<TrainingInstitution> findById(UUID id);

    /** One page of the institutions (of one status when given), by name. */
    List<TrainingInstitution> search(InstitutionStatus status, int offset, int limit);

    long count(InstitutionStatus status);

    /** Every institution on the approved list, by name. */
    List<TrainingInstitution> approved();
}
