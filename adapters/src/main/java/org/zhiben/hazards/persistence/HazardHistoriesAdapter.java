package org.zhiben.hazards.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.hazards.HazardHistories;
import org.zhiben.hazards.MajorHazard;

/** Pages of hazards by id (keyset), each loaded whole with its history. */
@Component
class HazardHistoriesAdapter implements HazardHistories {

    private final MajorHazardRepository repository;
    private final MajorHazardsAdapter hazards;

    HazardHistoriesAdapter(MajorHazardRepository repository, MajorHazardsAdapter hazards) {
        this.repository = repository;
        this.hazards = hazards;
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MajorHazard> page(UUID after, int size) {
        PageRequest page = PageRequest.of(0, size, Sort.by("id"));
        List<UUID> ids = (after == null ? repository.findIdsFrom(page) : repository.findIdsAfter(after, page));
        return hazards.loadAll(ids);
    }
}
