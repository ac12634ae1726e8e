package org.zhiben.organization.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.IndustryCode;

/** Industries read from PostgreSQL, in the order of the plan. */
@Component
@Transactional(readOnly = true)
class IndustriesAdapter implements Industries {

    private final IndustryRepository repository;
    private final OrganizationMapper mapper;

    IndustriesAdapter(IndustryRepository repository, OrganizationMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public List<Industry> findAll() {
        return repository.findAllByOrderBySortOrder().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Optional<Industry> findByCode(IndustryCode code) {
        return repository.findById(code.value()).map(mapper::toDomain);
    }
}
