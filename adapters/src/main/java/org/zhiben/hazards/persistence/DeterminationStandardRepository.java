package org.zhiben.hazards.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeterminationStandardRepository extends JpaRepository<DeterminationStandardJpaEntity, String> {
}
