package org.zhiben.organization.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JurisdictionRepository extends JpaRepository<JurisdictionJpaEntity, String> {
    List<JurisdictionJpaEntity> findAllByOrderBySortOrder();
}

interface UnitRepository extends JpaRepository<UnitJpaEntity, String> {
    List<UnitJpaEntity> findAllByOrderBySortOrder();

    List<UnitJpaEntity> findByKindOrderBySortOrder(String kind);
}

interface IndustryRepository extends JpaRepository<IndustryJpaEntity, String> {
    List<IndustryJpaEntity> findAllByOrderBySortOrder();
}
