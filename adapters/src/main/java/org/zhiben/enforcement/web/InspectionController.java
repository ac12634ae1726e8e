package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.application.AddInspectionEvidence;
import org.zhiben.enforcement.application.CloseInspection;
import org.zhiben.enforcement.application.InspectionTarget;
import org.zhiben.enforcement.application.MarkChecklistItem;
import org.zhiben.enforcement.application.RecordPrincipalExam;
import org.zhiben.enforcement.application.SignInspection;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.enforcement.application.RaiseFindingAsHazard;
import org.zhiben.enforcement.application.ReadInspections;
import org.zhiben.enforcement.application.RecordInspection;
import org.zhiben.enforcement.web.EnforcementViews.FindingRaisedView;
import org.zhiben.enforcement.web.EnforcementViews.HazardAnswerView;
import org.zhiben.enforcement.web.EnforcementViews.InspectionView;
import org.zhiben.enforcement.web.EnforcementViews.ReviewView;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;

/** Inspections (执法检查): record, mark the checklist, sign, close, exam, findings to hazards, tracing review list. */
@Tag(name = "Enforcement: inspections", description = "执法检查：谁检查、谁签名、谁负责；逢查必考；责任倒查")
@RestController
@RequestMapping("/api/v1/enforcement/inspections")
class InspectionController {

    record ItemRequest(String code, String text) {
    }

    record RecordRequest(UUID enterpriseId, LocalDate inspectedOn, String method, List<String> inspectors,
            List<ItemRequest> checklist) {
    }

    record ClauseRequest(String standardCode, String clauseNumber) {
    }

    record MarkRequest(String mark, ClauseRequest clause, String note) {
    }

    record ExamRequest(Integer score, Integer passMark) {
    }

    record HazardRequest(String location) {
    }

    /** A photo or document kept with an inspection (执法全过程记录). */
    record EvidenceView(UUID id, String fileName, String contentType, long size, String sha256) {

        static EvidenceView of(AttachmentRef ref) {
            return new EvidenceView(ref.id(), ref.fileName(), ref.contentType(), ref.size(), ref.sha256());
        }
    }

    private final RecordInspection record;
    private final MarkChecklistItem mark;
    private final SignInspection sign;
    private final CloseInspection close;
    private final RecordPrincipalExam exam;
    private final AddInspectionEvidence addEvidence;
    private final RaiseFindingAsHazard raise;
    private final ReadInspections read;

    @SuppressWarnings("java:S107")
    InspectionController(RecordInspection record, MarkChecklistItem mark, SignInspection sign, CloseInspection close,
            RecordPrincipalExam exam, AddInspectionEvidence addEvidence, RaiseFindingAsHazard raise,
            ReadInspections read) {
        this.record = record;
        this.mark = mark;
        this.sign = sign;
        this.close = close;
        this.exam = exam;
        this.addEvidence = addEvidence;
        this.raise = raise;
        this.read = read;
    }

    @Operation(summary = "Record an inspection: enterprise, date, method, at least two inspectors, checklist")
    @PostMapping
    ResponseEntity<InspectionView> record(@RequestBody RecordRequest request) {
        Inspection recorded = record.execute(new RecordInspection.Command(request.enterpriseId(),
                request.inspectedOn(), RequestValues.enumValue(InspectionMethod.class, request.method(), "method"),
                request.inspectors(), request.checklist() == null ? null : request.checklist().stream()
                        .map(i -> new RecordInspection.Item(i.code(), i.text())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/inspections/" + recorded.id()))
                .eTag(IfMatch.etag(recorded.version())).body(InspectionView.of(recorded));
    }

    @Operation(summary = "The inspections in the caller's data scope")
    @GetMapping
    List<InspectionView> list() {
        return read.list().stream().map(InspectionView::of).toList();
    }

    @Operation(summary = "The review list of responsibility tracing (责任倒查): inspections that missed a major hazard")
    @GetMapping("/review-list")
    List<ReviewView> reviewList() {
        return read.reviewList().stream().map(ReviewView::of).toList();
    }

    @Operation(summary = "One inspection, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<InspectionView> find(@PathVariable UUID id) {
        Inspection inspection = read.find(new InspectionId(id));
        return IfMatch.answer(inspection.version(), InspectionView.of(inspection));
    }

    @Operation(summary = "Mark a checklist item: FINE, NOT_APPLICABLE or FINDING (citing a clause)")
    @PostMapping("/{id}/items/{code}")
    ResponseEntity<InspectionView> mark(@PathVariable UUID id, @PathVariable String code,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody MarkRequest request) {
        return answer(mark.execute(target(id, ifMatch), code,
                RequestValues.enumValue(ChecklistMark.class, request.mark(), "mark"), clause(request.clause()),
                request.note()));
    }

    @Operation(summary = "Sign the inspection as the signed-in inspector (谁检查、谁签名、谁负责)")
    @PostMapping("/{id}/signatures")
    ResponseEntity<InspectionView> sign(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(sign.execute(target(id, ifMatch)));
    }

    @Operation(summary = "Close the inspection; refused without two signatures")
    @PostMapping("/{id}/closure")
    ResponseEntity<InspectionView> close(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(close.execute(target(id, ifMatch)));
    }

    @Operation(summary = "Record the principal's exam (逢查必考): score and pass mark out of 100")
    @PostMapping("/{id}/exam")
    ResponseEntity<InspectionView> exam(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody ExamRequest request) {
        return answer(exam.execute(target(id, ifMatch), number(request.score(), "score"),
                number(request.passMark(), "passMark")));
    }

    @Operation(summary = "Hand a finding to the hazards module (督导检查发现); the answer says accepted or refused, why")
    @PostMapping("/{id}/items/{code}/hazard")
    ResponseEntity<FindingRaisedView> raiseHazard(@PathVariable UUID id, @PathVariable String code,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody HazardRequest request) {
        RaiseFindingAsHazard.Result result = raise.execute(target(id, ifMatch), code, request.location());
        return IfMatch.answer(result.inspection().version(), new FindingRaisedView(
                InspectionView.of(result.inspection()), HazardAnswerView.of(result.answer())));
    }

    @Operation(summary = "Keep a photo or document (JPEG, PNG, PDF; 10 MB by default) with the open inspection "
            + "(执法全过程记录)", description = "Checked by its content; answers the file's reference and the inspection's "
            + "new version as ETag.")
    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> addEvidence(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestPart("file") MultipartFile file) {
        AddInspectionEvidence.Result added = addEvidence.execute(target(id, ifMatch), upload(file));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/inspections/" + id + "/evidence/"
                + added.evidence().id())).eTag(IfMatch.etag(added.inspection().version()))
                .body(EvidenceView.of(added.evidence()));
    }

    @Operation(summary = "The photos and documents kept with the inspection")
    @GetMapping("/{id}/evidence")
    List<EvidenceView> evidence(@PathVariable UUID id) {
        return read.find(new InspectionId(id)).evidence().stream().map(EvidenceView::of).toList();
    }

    @Operation(summary = "Download a photo or document of the inspection")
    @ApiResponse(responseCode = "200", description = "The file as uploaded", content = {
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        return file(read.evidence(new InspectionId(id), fileId));
    }

    /** A stored file as a download, under its own name. */
    static ResponseEntity<Resource> file(ReadInspections.StoredEvidence stored) {
        AttachmentRef ref = stored.ref();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.contentType()))
                .contentLength(ref.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    static EvidenceUpload upload(MultipartFile file) {
        try {
            return new EvidenceUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static InspectionTarget target(UUID id, String ifMatch) {
        return new InspectionTarget(new InspectionId(id), IfMatch.requiredVersion(ifMatch));
    }

    private static ResponseEntity<InspectionView> answer(Inspection inspection) {
        return IfMatch.answer(inspection.version(), InspectionView.of(inspection));
    }

    static ClauseReference clause(ClauseRequest clause) {
        return clause == null ? null : new ClauseReference(clause.standardCode(), clause.clauseNumber());
    }

    static int number(Integer value, String field) {
        return org.zhiben.shared.Require.notNull(value, field);
    }
}
