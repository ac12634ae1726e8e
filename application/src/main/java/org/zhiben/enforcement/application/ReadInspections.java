package org.zhiben.enforcement.application;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.MajorHazard;

/**
 * Reads inspections inside the caller's scope, and the review list of responsibility tracing (责任倒查): each
 * inspection with a major hazard registered at the same enterprise within the window in force on the inspection day,
 * which it did not find, side by side.
 */
public class ReadInspections {

    private final EnforcementStore store;
    private final HazardIntake hazards;

    public ReadInspections(EnforcementStore store, HazardIntake hazards) {
        this.store = store;
        this.hazards = hazards;
    }

    public List<Inspection> list() {
        return store.inspections().search(store.scope());
    }

    public Inspection find(InspectionId id) {
        return store.inspection(id);
    }

    public List<ResponsibilityTracing.ReviewCase> reviewList() {
        ZoneId zone = store.clock().getZone();
        List<ResponsibilityTracing.ReviewCase> review = new ArrayList<>();
        for (Inspection inspection : list()) {
            ResponsibilityTracing window = ResponsibilityTracing.inForceOn(store.rules().tracingWindows(),
                    inspection.inspectedOn());
            List<MajorHazard> registered = hazards.registeredAt(inspection.enterpriseId(),
                    inspection.inspectedOn().plusDays(1), inspection.inspectedOn().plusMonths(window.windowMonths()));
            for (MajorHazard hazard : registered) {
                if (hazard.level() == org.zhiben.hazards.HazardLevel.MAJOR) {
                    window.review(inspection, hazard, zone).ifPresent(review::add);
                }
            }
        }
        return review;
    }
}
