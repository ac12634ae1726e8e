package org.zhiben.hazards;

import java.util.List;
import java.util.Optional;

/** Every stored version of every determination standard and set of key inspection items (port). */
public interface DeterminationStandards {

    List<DeterminationStandard> findAll();

    Optional<DeterminationStandard> findByCode(String code);

    /** Stores a new version, or the changed dates and successor of a stored one (its clauses never change). */
    void save(DeterminationStandard standard);
}
