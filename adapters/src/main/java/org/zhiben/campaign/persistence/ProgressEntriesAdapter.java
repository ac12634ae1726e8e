package org.zhiben.campaign.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.campaign.ReviewStatus;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * The ledger's progress entries in PostgreSQL, with the evidence files each cites ({@code
 * campaign.progress_entry_evidence}). A reviewed entry is saved at the version it was read; a stale one is refused.
 */
@Component
class ProgressEntriesAdapter implements ProgressEntries {

    private final ProgressEntryRepository repository;
    private final JdbcClient jdbc;

    ProgressEntriesAdapter(ProgressEntryRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public ProgressEntry save(ProgressEntry entry) {
        Optional<ProgressEntryJpaEntity> stored = repository.findById(entry.id().value());
        if (stored.isPresent() && stored.get().getVersion() != entry.version()) {
            throw new StaleVersionException("progressEntry", entry.id(), entry.version(), stored.get().getVersion());
        }
        ProgressEntryJpaEntity saved = repository.saveAndFlush(toEntity(entry));
        if (stored.isEmpty()) {
            List<EvidenceFile> files = entry.evidenceFiles();
            for (int i = 0; i < files.size(); i++) {
                jdbc.sql("INSERT INTO campaign.progress_entry_evidence (entry_id, sort_order, file_id) VALUES (?, ?, ?)")
                        .params(entry.id().value(), i, files.get(i).id()).update();
            }
        }
        return toDomain(saved, entry.evidenceFiles());
    }

    @Override
    public Optional<ProgressEntry> findById(ProgressEntryId id) {
        return repository.findById(id.value()).map(entity -> toDomain(entity,
                evidenceOf(List.of(entity.getId())).getOrDefault(entity.getId(), List.of())));
    }

    @Override
    public List<ProgressEntry> findByTask(int taskNumber) {
        return withEvidence(repository.findByTaskNumberOrderByReportedOnDescRecordedAtDesc(taskNumber));
    }

    @Override
    public List<ProgressEntry> findAll() {
        return withEvidence(repository.findAll());
    }

    private List<ProgressEntry> withEvidence(List<ProgressEntryJpaEntity> entities) {
        Map<UUID, List<EvidenceFile>> evidence = evidenceOf(entities.stream().map(ProgressEntryJpaEntity::getId)
                .toList());
        return entities.stream().map(e -> toDomain(e, evidence.getOrDefault(e.getId(), List.of()))).toList();
    }

    private Map<UUID, List<EvidenceFile>> evidenceOf(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        record Cited(UUID entryId, EvidenceFile file) {
        }
        return jdbc.sql("""
                        SELECT x.entry_id, f.id, f.task_number, f.file_name, f.content_type, f.size_bytes, f.sha256
                        FROM campaign.progress_entry_evidence x JOIN campaign.evidence_file f ON f.id = x.file_id
                        WHERE x.entry_id IN (:ids) ORDER BY x.entry_id, x.sort_order""")
                .param("ids", entryIds)
                .query((rs, n) -> new Cited(rs.getObject("entry_id", UUID.class),
                        EvidenceFilesAdapter.file(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Cited::entryId, Collectors.mapping(Cited::file, Collectors.toList())));
    }

    private static ProgressEntryJpaEntity toEntity(ProgressEntry e) {
        return new ProgressEntryJpaEntity(e.id().value(), e.taskNumber(), e.milestoneCode(), e.recordedBy().value(),
                e.author(), e.reportedOn(), e.text(), e.evidenceReference(), e.completesMilestone(), e.recordedAt(),
                e.review().name(), e.reviewedBy() == null ? null : e.reviewedBy().value(), e.reviewer(),
                e.reviewedAt(), e.returnReason(), e.version());
    }

    private static ProgressEntry toDomain(ProgressEntryJpaEntity e, List<EvidenceFile> files) {
        return new ProgressEntry(new ProgressEntryId(e.getId()), e.getTaskNumber(), e.getMilestoneCode(),
                UnitCode.of(e.getRecordedBy()), e.getAuthor(), e.getReportedOn(), e.getText(),
                e.getEvidenceReference(), e.isCompletesMilestone(), e.getRecordedAt(), files,
                ReviewStatus.valueOf(e.getReview()), e.getReviewedBy() == null ? null : UnitCode.of(e.getReviewedBy()),
                e.getReviewer(), e.getReviewedAt(), e.getReturnReason(), e.getVersion());
    }
}
