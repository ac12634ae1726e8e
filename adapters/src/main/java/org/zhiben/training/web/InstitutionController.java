package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.shared.Require;
import org.zhiben.training.InstitutionRecheck;
import org.zhiben.training.InstitutionStatus;
import org.zhiben.training.TrainingInstitution;
import org.zhiben.training.application.ManageInstitutions;
import org.zhiben.training.application.TrainingPaging;

/**
 * The register of training institutions (安全生产培训机构, task 7: "对安全生产培训机构进行全覆盖条件复核,2024年底前对不符合条件
 * 的机构实施清退"): enter one, record its re-check with If-Match (a non-compliant one is removed with the reason), the
 * register by status, and those not re-checked past 2024-12-31.
 */
@Tag(name = "Training: institutions", description = "安全生产培训机构：全覆盖条件复核，2024年底前清退不符合条件的机构")
@RestController
@RequestMapping("/api/v1/training/institutions")
class InstitutionController {

    @Schema(description = "An approved institution to enter")
    record InstitutionRequest(String name, String jurisdiction, String licenceNumber, LocalDate approvedOn) {
    }

    @Schema(description = "A re-check against the basic conditions; notes are the reason when not compliant")
    record RecheckRequest(LocalDate recheckedOn, Boolean compliant, String notes) {
    }

    @Schema(description = "An institution with its latest re-check; the ETag header of a single one carries its "
            + "version")
    record InstitutionView(UUID id, String name, String jurisdiction, String licenceNumber, LocalDate approvedOn,
            @Schema(implementation = InstitutionStatus.class) String status, String statusLabel,
            boolean recheckRequired, @Schema(nullable = true) LocalDate recheckedOn,
            @Schema(nullable = true) Boolean recheckCompliant, @Schema(nullable = true) String recheckNotes,
            long version) {

        static InstitutionView of(TrainingInstitution i) {
            InstitutionRecheck r = i.lastRecheck();
            return new InstitutionView(i.id(), i.name(), i.jurisdiction().value(), i.licenceNumber(), i.approvedOn(),
                    i.status().name(), i.status().label(), i.recheckRequired(), r == null ? null : r.on(),
                    r == null ? null : r.compliant(), r == null ? null : r.notes(), i.version());
        }
    }

    @Schema(description = "The approved institutions not re-checked although the deadline has passed")
    record OverdueView(String rule, LocalDate deadline, LocalDate asOf, List<InstitutionView> institutions) {
    }

    private final ManageInstitutions institutions;

    InstitutionController(ManageInstitutions institutions) {
        this.institutions = institutions;
    }

    @Operation(summary = "Enter an approved institution of a jurisdiction in the caller's scope")
    @PostMapping
    @RespondsWithETag
    ResponseEntity<InstitutionView> approve(@RequestBody InstitutionRequest request) {
        TrainingInstitution institution = institutions.approve(request.name(),
                Require.notNull(RequestValues.jurisdiction(request.jurisdiction(), "jurisdiction"), "jurisdiction"),
                request.licenceNumber(), request.approvedOn());
        return ResponseEntity.created(URI.create("/api/v1/training/institutions/" + institution.id()))
                .eTag(IfMatch.etag(institution.version())).body(InstitutionView.of(institution));
    }

    @Operation(summary = "Record a re-check; If-Match: the institution's ETag (428 without, 412 when stale); a "
            + "non-compliant institution is removed from the approved list (409 once removed)")
    @PostMapping("/{id}/rechecks")
    @RespondsWithETag
    ResponseEntity<InstitutionView> recheck(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody RecheckRequest request) {
        long expected = IfMatch.requiredVersion(ifMatch);
        TrainingInstitution rechecked = institutions.recheck(id, expected, new InstitutionRecheck(
                request.recheckedOn(), Require.notNull(request.compliant(), "compliant"), request.notes()));
        return IfMatch.answer(rechecked.version(), InstitutionView.of(rechecked));
    }

    @Operation(summary = "The register, by name (APPROVED or REMOVED when given); a page holds 1 to 200")
    @GetMapping
    PageView<InstitutionView> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TrainingPaging.Page<TrainingInstitution> found = institutions.list(
                RequestValues.enumValue(InstitutionStatus.class, status, "status"), page, size);
        return PageView.of(found.items(), InstitutionView::of, found.page(), found.size(), found.total());
    }

    @Operation(summary = "One institution, with its version as ETag")
    @GetMapping("/{id}")
    @RespondsWithETag
    ResponseEntity<InstitutionView> one(@PathVariable UUID id) {
        TrainingInstitution institution = institutions.find(id);
        return IfMatch.answer(institution.version(), InstitutionView.of(institution));
    }

    @Operation(summary = "The approved institutions owing the re-check that had none, once 2024-12-31 has passed")
    @GetMapping("/overdue")
    OverdueView overdue() {
        return new OverdueView(TrainingInstitution.RULE, TrainingInstitution.RECHECK_DEADLINE, institutions.today(),
                institutions.overdue().stream().map(InstitutionView::of).toList());
    }
}
