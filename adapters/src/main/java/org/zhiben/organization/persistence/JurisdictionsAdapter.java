package org.zhiben.organization.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.shared.JurisdictionCode;

/** Jurisdictions read from PostgreSQL, in the order of the plan. */
@Component
@Transactional(readOnly = true)
class JurisdictionsAdapter implements Jurisdictions {

    private final JurisdictionRepository repository;
    private final OrganizationMapper mapper;

    JurisdictionsAdapter(JurisdictionRepository repository, OrganizationMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public List<Jurisdiction> findAll() {
        return repository.findAllByOrderBySortOrder().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Optional<Jurisdiction> findByCode(JurisdictionCode code) {
        return repository.findById(code.value()).map(mapper::toDomain);
    }
}
