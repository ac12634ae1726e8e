package org.zhiben.campaign.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;

final class InMemoryProgressEntries implements ProgressEntries {

    private final Map<ProgressEntryId, ProgressEntry> entries = new LinkedHashMap<>();

    @Override
    public ProgressEntry save(ProgressEntry entry) {
        ProgressEntry stored = entries.get(entry.id());
        if (stored != null && stored.version() != entry.version()) {
            throw new org.zhiben.shared.StaleVersionException("progressEntry", entry.id(), entry.version(),
                    stored.version());
        }
        ProgressEntry saved = stored == null ? entry.withVersion(0) : entry.withVersion(stored.version() + 1);
        entries.put(entry.id(), saved);
        return saved;
    }

    @Override
    public Optional<ProgressEntry> findById(ProgressEntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public List<ProgressEntry> findByTask(int taskNumber) {
        return entries.values().stream().filter(entry -> entry.taskNumber() == taskNumber).toList();
    }

    @Override
    public List<ProgressEntry> findAll() {
        return new ArrayList<>(entries.values());
    }
}
