package org.zhiben.hazards.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;

/** Every version of every determination standard, in PostgreSQL. */
@Component
@Transactional
class DeterminationStandardsAdapter implements DeterminationStandards {

    private final DeterminationStandardRepository repository;
    private final DeterminationStandardMapper mapper;
    private final Clock clock;

    DeterminationStandardsAdapter(DeterminationStandardRepository repository, DeterminationStandardMapper mapper,
            Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeterminationStandard> findAll() {
        return repository.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeterminationStandard> findByCode(String code) {
        return repository.findById(code).map(mapper::toDomain);
    }

    /** A new version is inserted with its clauses; a stored one only changes its date and successor. */
    @Override
    public void save(DeterminationStandard standard) {
        repository.findById(standard.code()).ifPresentOrElse(
                row -> row.changeDates(standard.effectiveFrom(), standard.supersededBy()),
                () -> repository.save(mapper.toNewRow(standard, clock.instant())));
    }
}
