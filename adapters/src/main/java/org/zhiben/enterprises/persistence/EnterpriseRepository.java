package org.zhiben.enterprises.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EnterpriseRepository extends JpaRepository<EnterpriseJpaEntity, UUID>,
        JpaSpecificationExecutor<EnterpriseJpaEntity> {

    Optional<EnterpriseJpaEntity> findByCreditCode(String creditCode);
}
