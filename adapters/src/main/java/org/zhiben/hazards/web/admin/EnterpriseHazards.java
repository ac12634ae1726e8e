package org.zhiben.hazards.web.admin;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.EnterpriseRecords;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardSort;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.shared.DataScope;

/**
 * The hazards of an enterprise on the enterprise's page, through the port the enterprises module declares: its most
 * recent {@value #SHOWN} hazards inside the caller's data scope, with number, status and current deadline, each
 * linking to the hazard.
 */
@Component
class EnterpriseHazards implements EnterpriseRecords {

    static final int SHOWN = 50;

    private final ReadHazards read;

    EnterpriseHazards(ReadHazards read) {
        this.read = read;
    }

    @Override
    public Optional<Section> of(UUID enterpriseId) {
        if (!PageAccess.has(HazardPages.READ)) {
            return Optional.empty();
        }
        return Optional.of(new Section("enterprise-hazards", "hz.enterprise.hazards",
                read.search(new HazardSearchCriteria(null, null, enterpriseId, null, null, null, null, null, 0, SHOWN,
                        DataScope.wholePrefecture(), null, HazardSort.DEFAULT)).items().stream()
                        .map(EnterpriseHazards::line).toList()));
    }

    private static Line line(MajorHazard h) {
        return new Line(h.number() == null ? "" : h.number().value(), h.description(),
                "hz.status." + h.status().name(), h.currentDeadline().orElse(null), "/hazards/" + h.id().value());
    }
}
