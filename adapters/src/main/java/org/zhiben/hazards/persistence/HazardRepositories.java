package org.zhiben.hazards.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

// The Spring Data repositories of the hazards module (top-level: Spring Data does not scan nested interfaces).

interface MajorHazardRepository extends JpaRepository<MajorHazardJpaEntity, UUID>,
        JpaSpecificationExecutor<MajorHazardJpaEntity> {

    List<MajorHazardJpaEntity> findByStatusAndCurrentDeadlineBefore(String status, LocalDate day);

    @org.springframework.data.jpa.repository.Query("select h.id from MajorHazardJpaEntity h")
    List<UUID> findIdsFrom(org.springframework.data.domain.Pageable page);

    @org.springframework.data.jpa.repository.Query("select h.id from MajorHazardJpaEntity h where h.id > :after")
    List<UUID> findIdsAfter(@org.springframework.data.repository.query.Param("after") UUID after,
            org.springframework.data.domain.Pageable page);
}

interface EscalationPolicyRepository extends JpaRepository<EscalationPolicyJpaEntity, LocalDate> {
}

interface AttachmentRepository extends JpaRepository<AttachmentJpaEntity, UUID> {
    List<AttachmentJpaEntity> findByHazardIdAndIdIn(UUID hazardId, Collection<UUID> ids);
}
