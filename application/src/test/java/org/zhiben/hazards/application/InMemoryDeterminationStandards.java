package org.zhiben.hazards.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;

/** Stores copies, so a change reaches the store only when saved. */
class InMemoryDeterminationStandards implements DeterminationStandards {

    private final Map<String, DeterminationStandard> stored = new TreeMap<>();

    @Override
    public List<DeterminationStandard> findAll() {
        return stored.values().stream().map(InMemoryDeterminationStandards::copy).toList();
    }

    @Override
    public Optional<DeterminationStandard> findByCode(String code) {
        return Optional.ofNullable(stored.get(code)).map(InMemoryDeterminationStandards::copy);
    }

    @Override
    public void save(DeterminationStandard standard) {
        stored.put(standard.code(), copy(standard));
    }

    private static DeterminationStandard copy(DeterminationStandard s) {
        return new DeterminationStandard(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                s.supersedes(), s.supersededBy(), s.sectors(), s.kind(), s.definedBy(), s.clauses());
    }
}
