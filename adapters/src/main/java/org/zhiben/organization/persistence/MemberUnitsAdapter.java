package org.zhiben.organization.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.UnitCode;

/** Member units read from PostgreSQL, in the order of the plan. */
@Component
@Transactional(readOnly = true)
class MemberUnitsAdapter implements MemberUnits {

    private final UnitRepository repository;
    private final OrganizationMapper mapper;

    MemberUnitsAdapter(UnitRepository repository, OrganizationMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public List<MemberUnit> findAll() {
        return repository.findAllByOrderBySortOrder().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Optional<MemberUnit> findByCode(UnitCode code) {
        return repository.findById(code.value()).map(mapper::toDomain);
    }

    @Override
    public List<MemberUnit> findByKind(UnitKind kind) {
        return repository.findByKindOrderBySortOrder(kind.name()).stream().map(mapper::toDomain).toList();
    }
}
