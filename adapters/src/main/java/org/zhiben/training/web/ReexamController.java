package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.zhiben.shared.Require;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.ReexamStatus;
import org.zhiben.training.application.ReexamineFlags;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;

/** Principals flagged for re-examination after failing the exam at an inspection (逢查必考), and their re-examinations. */
@Tag(name = "Training: re-examinations", description = "逢查必考：检查时考试不合格的主要负责人限期补考")
@RestController
@RequestMapping("/api/v1/training/reexaminations")
class ReexamController {

    @Schema(description = "A re-examination held outside an inspection: the day and whether it was passed")
    record ResultRequest(LocalDate on, Boolean passed) {
    }

    @Schema(description = "A principal flagged for re-examination; the ETag header of a single flag carries its version")
    record ReexamView(UUID id, UUID enterpriseId, String jurisdiction, @Schema(nullable = true) String industry,
            UUID inspectionId, LocalDate failedOn, int score, LocalDate dueBy,
            @Schema(implementation = ReexamStatus.class) String status, String statusLabel, boolean overdue,
            @Schema(nullable = true) LocalDate lastAttemptOn, @Schema(nullable = true) LocalDate reexaminedOn,
            long version) {

        static ReexamView of(ReexamFlag flag, boolean overdue) {
            ReexamFlag.Snapshot s = flag.snapshot();
            return new ReexamView(s.id().value(), s.enterpriseId(), s.jurisdiction().value(),
                    s.industry() == null ? null : s.industry().value(), s.inspectionId(), s.failedOn(), s.score(),
                    s.dueBy(), s.status().name(), s.status().label(), overdue, s.lastAttemptOn(), s.reexaminedOn(),
                    s.version());
        }
    }

    private final ReexamineFlags flags;
    private final RegisterUnqualifiedPersonnel unqualified;
    private final MessageSource messages;

    ReexamController(ReexamineFlags flags, RegisterUnqualifiedPersonnel unqualified, MessageSource messages) {
        this.flags = flags;
        this.unqualified = unqualified;
        this.messages = messages;
    }

    @Operation(summary = "The flags in the caller's data scope, the earliest due first; only the overdue with "
            + "overdue=true")
    @GetMapping
    List<ReexamView> list(@RequestParam(defaultValue = "false") boolean overdue) {
        return flags.list(overdue).stream().map(flag -> ReexamView.of(flag, flags.overdue(flag))).toList();
    }

    @Operation(summary = "One flag, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<ReexamView> find(@PathVariable UUID id) {
        ReexamFlag flag = flags.find(new ReexamFlagId(id));
        return IfMatch.answer(flag.version(), ReexamView.of(flag, flags.overdue(flag)));
    }

    @Operation(summary = "Record a re-examination: passed by the due day clears the flag in time, later clears it "
            + "late, failed leaves it open")
    @PostMapping("/{id}/result")
    ResponseEntity<ReexamView> result(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody ResultRequest request) {
        ReexamFlag flag = flags.record(new ReexamFlagId(id), IfMatch.requiredVersion(ifMatch), request.on(),
                Require.notNull(request.passed(), "passed"));
        return IfMatch.answer(flag.version(), ReexamView.of(flag, flags.overdue(flag)));
    }

    @Operation(summary = "Register the flagged principal as a major hazard (主要负责人未依法经考核合格, clause 1 of the "
            + "chemicals or fireworks standard)", description = "For a principal whose re-examination was failed or "
            + "whose deadline passed without a pass; through the hazards module's intake. 200 with the answer "
            + "(accepted with the hazard, or refused with the hazards module's code); 409 "
            + "training.hazard.reexam-pending for a principal still within the deadline who has not failed a "
            + "re-examination, training.hazard.reexam-passed for one who passed, training.hazard.no-listed-clause "
            + "for an enterprise whose industry no standard lists it for; 404 outside the caller's data scope.")
    @PostMapping("/{id}/major-hazard")
    CertificateController.HazardAnswerView registerAsHazard(@PathVariable UUID id,
            @RequestBody(required = false) CertificateController.HazardRequest request, Locale locale) {
        return CertificateController.HazardAnswerView.of(unqualified.principal(new ReexamFlagId(id),
                request == null ? null : request.location()), messages, locale);
    }
}
