package org.zhiben.enforcement.application;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.storage.EvidenceFiles;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.NotFoundException;

/**
 * Reads inspections inside the caller's scope (one outside it does not exist for the caller), filtered by enterprise,
 * method, status and period and named by their enterprise; the photos and documents kept with one; and the review list
 * of responsibility tracing (责任倒查): each inspection with a major hazard registered at the same enterprise within the
 * window in force on the inspection day, which it did not find, side by side.
 */
public class ReadInspections {

    /** Whether an inspection is still open or closed. */
    public enum Status {
        OPEN, CLOSED
    }

    /** What to list; each part null for any. The period is of the inspection day, both ends included. */
    public record Criteria(UUID enterpriseId, InspectionMethod method, Status status, LocalDate from, LocalDate to) {

        public static final Criteria ALL = new Criteria(null, null, null, null, null);

        boolean matches(Inspection inspection) {
            return (enterpriseId == null || enterpriseId.equals(inspection.enterpriseId()))
                    && (method == null || method == inspection.method())
                    && (status == null || (status == Status.CLOSED) == inspection.closed())
                    && (from == null || !inspection.inspectedOn().isBefore(from))
                    && (to == null || !inspection.inspectedOn().isAfter(to));
        }
    }

    /** An inspection with its enterprise's name. */
    public record Row(Inspection inspection, String enterpriseName) {
    }

    /** A review case with the enterprise's name. */
    public record ReviewRow(ResponsibilityTracing.ReviewCase review, String enterpriseName) {
    }

    /** A stored photo or document of an inspection and where its content is. */
    public record StoredEvidence(AttachmentRef ref, Path content) {
    }

    private final EnforcementStore store;
    private final HazardIntake hazards;
    private final EvidenceFiles files;

    public ReadInspections(EnforcementStore store, HazardIntake hazards, EvidenceFiles files) {
        this.store = store;
        this.hazards = hazards;
        this.files = files;
    }

    public List<Inspection> list() {
        return store.inspections().search(store.scope());
    }

    /** The inspections meeting the criteria, newest first, each with its enterprise's name. */
    public List<Row> rows(Criteria criteria) {
        Map<UUID, String> names = new HashMap<>();
        return list().stream().filter(criteria::matches)
                .map(i -> new Row(i, names.computeIfAbsent(i.enterpriseId(), this::enterpriseName))).toList();
    }

    public Inspection find(InspectionId id) {
        return store.inspection(id);
    }

    /** The enterprise of an inspection, as the enterprises module has it. */
    public Enterprise enterpriseOf(Inspection inspection) {
        return store.enterprises().findById(new EnterpriseId(inspection.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("Enterprise", inspection.enterpriseId()));
    }

    /** A photo or document kept with the inspection; 404 for a file not kept with it or no longer there. */
    public StoredEvidence evidence(InspectionId id, UUID fileId) {
        Inspection inspection = store.inspection(id);
        AttachmentRef ref = inspection.evidence().stream().filter(e -> e.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("InspectionEvidence", fileId));
        Path content = files.content(ref).orElseThrow(() -> new NotFoundException("InspectionEvidence", fileId));
        return new StoredEvidence(ref, content);
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
                if (hazard.level() == HazardLevel.MAJOR) {
                    window.review(inspection, hazard, zone).ifPresent(review::add);
                }
            }
        }
        return review;
    }

    /** The review list with the enterprises' names. */
    public List<ReviewRow> reviewRows() {
        Map<UUID, String> names = new HashMap<>();
        return reviewList().stream().map(r -> new ReviewRow(r, names.computeIfAbsent(r.inspection().enterpriseId(),
                this::enterpriseName))).toList();
    }

    private String enterpriseName(UUID enterpriseId) {
        return store.enterprises().findById(new EnterpriseId(enterpriseId)).map(Enterprise::name)
                .orElse(String.valueOf(enterpriseId));
    }
}
