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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.training.MisconductKind;
import org.zhiben.training.MisconductReport;
import org.zhiben.training.application.ReportMisconduct;

/** Suspected proxy training or exams (代培代考) and no-shows (缺考), each handed to enforcement as a penalty case. */
@Tag(name = "Training: misconduct", description = "严肃查处企业主要负责人代培代考或缺考行为：移交执法立案")
@RestController
@RequestMapping("/api/v1/training/misconduct-reports")
class MisconductController {

    @Schema(description = "A suspected proxy training, proxy exam or no-show of an enterprise's principal")
    record ReportRequest(UUID enterpriseId, @Schema(implementation = MisconductKind.class) String kind,
            @Schema(nullable = true) UUID trainingRecordId, LocalDate occurredOn, String description) {
    }

    @Schema(description = "A report and the penalty case enforcement opened for it")
    record ReportView(UUID id, UUID enterpriseId, String jurisdiction,
            @Schema(implementation = MisconductKind.class) String kind, String kindLabel,
            @Schema(nullable = true) UUID trainingRecordId, LocalDate occurredOn, String description,
            UUID penaltyCaseId) {

        static ReportView of(MisconductReport r) {
            return new ReportView(r.id(), r.enterpriseId(), r.jurisdiction().value(), r.kind().name(),
                    r.kind().label(), r.trainingRecord() == null ? null : r.trainingRecord().value(), r.occurredOn(),
                    r.description(), r.penaltyCaseId());
        }
    }

    private final ReportMisconduct report;

    MisconductController(ReportMisconduct report) {
        this.report = report;
    }

    @Operation(summary = "Report a suspected proxy training or exam or a no-show; enforcement opens a case for it")
    @PostMapping
    ResponseEntity<ReportView> report(@RequestBody ReportRequest request) {
        MisconductReport reported = report.execute(new ReportMisconduct.Command(request.enterpriseId(),
                RequestValues.enumValue(MisconductKind.class, request.kind(), "kind"), request.trainingRecordId(),
                request.occurredOn(), request.description()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + reported.penaltyCaseId()))
                .body(ReportView.of(reported));
    }

    @Operation(summary = "The reports in the caller's data scope, newest first")
    @GetMapping
    List<ReportView> list() {
        return report.list().stream().map(ReportView::of).toList();
    }
}
