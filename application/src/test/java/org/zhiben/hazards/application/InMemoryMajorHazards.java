package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;

/** The major-hazard database in memory: stores snapshots, with optimistic locking like the real one. */
final class InMemoryMajorHazards implements MajorHazards {

    private final Map<HazardId, MajorHazard.Snapshot> stored = new LinkedHashMap<>();

    /** How many times a hazard was read by id. */
    int loads;

    @Override
    public long save(MajorHazard hazard) {
        MajorHazard.Snapshot current = stored.get(hazard.id());
        long storedVersion = current == null ? 0 : current.version();
        if (current != null && storedVersion != hazard.version()) {
            throw new StaleVersionException(MajorHazard.ENTITY, hazard.id(), hazard.version(), storedVersion);
        }
        MajorHazard.Snapshot s = hazard.snapshot();
        long next = current == null ? 0 : storedVersion + 1;
        stored.put(hazard.id(), new MajorHazard.Snapshot(s.id(), s.finding(), s.level(), s.clause(),
                s.standardCode(), s.plan(), s.evidence(), s.status(), next, s.history(), s.extensions(),
                s.listings(), s.escalations(), s.overdueNotedForDeadline(), s.number()));
        return next;
    }

    @Override
    public Optional<MajorHazard> findById(HazardId id) {
        loads++;
        return Optional.ofNullable(stored.get(id)).map(MajorHazard::restore);
    }

    @Override
    public HazardPage search(HazardSearchCriteria criteria) {
        List<MajorHazard> matching = all().stream().filter(criteria::matches)
                .sorted(criteria.sort().comparator()).toList();
        List<MajorHazard> page = matching.stream().skip((long) criteria.page() * criteria.size())
                .limit(criteria.size()).toList();
        return new HazardPage(page, criteria.page(), criteria.size(), matching.size());
    }

    /** Numbers in memory: per jurisdiction and year, the next in sequence. */
    static final class Numbering implements org.zhiben.hazards.storage.HazardNumbering {

        private final java.util.Map<String, Long> last = new java.util.HashMap<>();

        @Override
        public synchronized org.zhiben.hazards.HazardNumber next(JurisdictionCode jurisdiction, int year) {
            long next = last.merge(jurisdiction.value() + "/" + year, 1L, Long::sum);
            return org.zhiben.hazards.HazardNumber.of(jurisdiction, year, next);
        }
    }

    @Override
    public List<MajorHazard> findOverdue(LocalDate today) {
        return all().stream().filter(h -> h.isOverdue(today)).toList();
    }

    @Override
    public List<MajorHazard> findAllForStock(JurisdictionCode jurisdiction, IndustryCode industry,
            DataScope scope) {
        return all().stream()
                .filter(h -> scope.permits(h.jurisdiction(), h.industry(), h.enterpriseId()))
                .filter(h -> h.level() == HazardLevel.MAJOR)
                .filter(h -> h.history().stream().anyMatch(t -> t.to() == HazardStatus.DETERMINED))
                .filter(h -> jurisdiction == null || jurisdiction.equals(h.jurisdiction()))
                .filter(h -> industry == null || industry.equals(h.industry()))
                .toList();
    }

    MajorHazard get(HazardId id) {
        return findById(id).orElseThrow();
    }

    private List<MajorHazard> all() {
        return stored.values().stream().map(MajorHazard::restore).toList();
    }

    @Override
    public List<MajorHazard> findWaiting(Set<HazardStatus> statuses, boolean withPendingExtension, DataScope scope,
            int limit) {
        return all().stream()
                .filter(h -> scope.permits(h.jurisdiction(), h.industry(), h.enterpriseId()))
                .filter(h -> statuses.contains(h.status()) || withPendingExtension && h.pendingExtension().isPresent())
                .sorted(Comparator.comparing(MajorHazard::discoveredOn))
                .limit(limit).toList();
    }
}
