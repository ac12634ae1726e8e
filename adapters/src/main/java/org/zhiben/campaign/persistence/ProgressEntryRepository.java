package org.zhiben.campaign.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressEntryRepository extends JpaRepository<ProgressEntryJpaEntity, UUID> {

    List<ProgressEntryJpaEntity> findByTaskNumberOrderByReportedOnDescRecordedAtDesc(int taskNumber);
}
