package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;

/**
 * The hazards module's declared intake for other modules: a finding is reported for the caller exactly as
 * {@link ReportHazard} reports it (scope, enterprise register, standard in force, audit entry, events), inside the
 * caller's transaction; a refusal of the hazards module is answered with its code and message instead of thrown, and
 * nothing is written before a refusal.
 */
public class HazardIntakeService implements HazardIntake {

    private final HazardStore store;
    private final ReportHazard reportHazard;

    public HazardIntakeService(HazardStore store, ReportHazard reportHazard) {
        this.store = store;
        this.reportHazard = reportHazard;
    }

    @Override
    public Answer report(Report report) {
        try {
            MajorHazard registered = reportHazard.execute(new ReportHazardCommand(report.enterpriseId(),
                    report.location(), report.description(), report.discoveredOn(), report.channel(),
                    report.sourceReference(), report.clause(), false));
            return Answer.accepted(registered.id());
        } catch (DomainException refused) {
            return Answer.refused(refused.code(), refused.getMessage(), refused.arguments());
        }
    }

    @Override
    public Optional<MajorHazard> find(HazardId id) {
        try {
            return Optional.of(store.loadInScope(id));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public List<MajorHazard> registeredAt(UUID enterpriseId, LocalDate from, LocalDate to) {
        ZoneId zone = store.clock().getZone();
        return store.hazards().search(new HazardSearchCriteria(null, null, enterpriseId, null, HazardLevel.MAJOR,
                null, null, null, 0, HazardSearchCriteria.MAX_PAGE_SIZE, store.scope())).items().stream()
                .filter(hazard -> {
                    LocalDate on = hazard.history().get(0).at().atZone(zone).toLocalDate();
                    return !on.isBefore(from) && !on.isAfter(to);
                }).toList();
    }
}
