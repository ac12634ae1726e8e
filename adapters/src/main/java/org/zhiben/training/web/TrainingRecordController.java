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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.shared.Require;
import org.zhiben.training.ExamResult;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.application.ReadTrainingRecords;
import org.zhiben.training.application.RecordTraining;
import org.zhiben.training.web.TrainingViews.TrainingRecordView;

/** Training records (安全教育培训记录): record one, list those of the caller's data scope, read one. */
@Tag(name = "Training: records", description = "安全教育培训记录：企业主要负责人、安全管理人员、特种作业人员、从业人员、领导干部和监管人员")
@RestController
@RequestMapping("/api/v1/training/records")
class TrainingRecordController {

    @Schema(description = "A training to record. A person of an enterprise (PRINCIPAL, SAFETY_MANAGER, "
            + "SPECIAL_OPERATION_WORKER, HIGH_RISK_STAFF, FIRE_SAFETY_RESPONSIBLE) names the enterprise; a "
            + "LEADING_CADRE or REGULATOR names the unit and its jurisdiction. The name is masked before it is stored.")
    record RecordRequest(String name, String idLastDigits, @Schema(implementation = TraineeRole.class) String role,
            @Schema(nullable = true) UUID enterpriseId, @Schema(nullable = true) String unitName,
            @Schema(nullable = true) String jurisdiction, String course, String provider, LocalDate startedOn,
            LocalDate endedOn, Integer hours, @Schema(implementation = ExamResult.class) String exam,
            @Schema(nullable = true) String certificateNumber) {
    }

    @Schema(description = "A correction of a training record, with the reason for it (kept in the audit trail). The "
            + "record stays with its enterprise or unit: a person of an enterprise keeps an enterprise role, a leading "
            + "cadre or regulator keeps a unit role and may have the unit name corrected.")
    record ReviseRequest(String name, String idLastDigits, @Schema(implementation = TraineeRole.class) String role,
            @Schema(nullable = true) String unitName, String course, String provider, LocalDate startedOn,
            LocalDate endedOn, Integer hours, @Schema(implementation = ExamResult.class) String exam,
            @Schema(nullable = true) String certificateNumber, String reason) {
    }

    private final RecordTraining record;
    private final ReadTrainingRecords read;

    TrainingRecordController(RecordTraining record, ReadTrainingRecords read) {
        this.record = record;
        this.read = read;
    }

    @Operation(summary = "Record a person's training (an enterprise manager: its own enterprise's staff only)")
    @PostMapping
    ResponseEntity<TrainingRecordView> record(@RequestBody RecordRequest request) {
        TrainingRecord recorded = record.execute(new RecordTraining.Command(details(request), request.enterpriseId(),
                request.unitName(), RequestValues.jurisdiction(request.jurisdiction(), "jurisdiction")));
        return ResponseEntity.created(URI.create("/api/v1/training/records/" + recorded.id()))
                .eTag(IfMatch.etag(recorded.version())).body(TrainingRecordView.of(recorded));
    }

    @Operation(summary = "The training records in the caller's data scope, the latest training first")
    @GetMapping
    List<TrainingRecordView> list() {
        return read.list().stream().map(TrainingRecordView::of).toList();
    }

    @Operation(summary = "One training record, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<TrainingRecordView> find(@PathVariable UUID id) {
        TrainingRecord found = read.find(new TrainingRecordId(id));
        return IfMatch.answer(found.version(), TrainingRecordView.of(found));
    }

    @Operation(summary = "Correct a training record, giving the reason",
            description = "If-Match with the ETag last read is required: 428 without it, 412 when the record changed "
                    + "since; 404 for a record outside the caller's data scope (an enterprise manager: its own "
                    + "enterprise's records only); 400 naming the field for bad input (reason required, at most 500 "
                    + "characters); audited as training-record.revised with the reason.")
    @PutMapping("/{id}")
    @RespondsWithETag
    ResponseEntity<TrainingRecordView> revise(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody ReviseRequest request) {
        long expected = IfMatch.requiredVersion(ifMatch);
        TrainingRecord revised = record.revise(new RecordTraining.Revision(new TrainingRecordId(id), expected,
                details(new RecordRequest(request.name(), request.idLastDigits(), request.role(), null,
                        request.unitName(), null, request.course(), request.provider(), request.startedOn(),
                        request.endedOn(), request.hours(), request.exam(), request.certificateNumber())),
                request.unitName(), request.reason()));
        return IfMatch.answer(revised.version(), TrainingRecordView.of(revised));
    }

    static TrainingRecord.Details details(RecordRequest request) {
        return new TrainingRecord.Details(new Trainee(request.name(), request.idLastDigits()),
                Require.notNull(RequestValues.enumValue(TraineeRole.class, request.role(), "role"), "role"),
                request.course(), request.provider(), request.startedOn(), request.endedOn(),
                Require.notNull(request.hours(), "hours"),
                Require.notNull(RequestValues.enumValue(ExamResult.class, request.exam(), "exam"), "exam"),
                request.certificateNumber());
    }
}
