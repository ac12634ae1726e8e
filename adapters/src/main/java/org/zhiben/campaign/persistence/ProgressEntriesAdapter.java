package org.zhiben.campaign.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;

/** The ledger's progress entries in PostgreSQL. */
@Component
class ProgressEntriesAdapter implements ProgressEntries {

    private final ProgressEntryRepository repository;
    private final ProgressEntryMapper mapper;

    ProgressEntriesAdapter(ProgressEntryRepository repository, ProgressEntryMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void save(ProgressEntry entry) {
        repository.save(mapper.toEntity(entry));
    }

    @Override
    public Optional<ProgressEntry> findById(ProgressEntryId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<ProgressEntry> findByTask(int taskNumber) {
        return repository.findByTaskNumberOrderByReportedOnDescRecordedAtDesc(taskNumber).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public List<ProgressEntry> findAll() {
        return repository.findAll().stream().map(mapper::toDomain).toList();
    }
}
