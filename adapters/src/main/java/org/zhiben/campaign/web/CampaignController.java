package org.zhiben.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.application.AddEvidenceFile;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.campaign.application.ReadSubPlans;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.campaign.application.RecordProgressCommand;
import org.zhiben.campaign.application.ReviewProgress;
import org.zhiben.campaign.application.ReviewProgressCommand;
import org.zhiben.campaign.application.TaskLedger;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.campaign.web.CampaignResponses.EvidenceFileResponse;
import org.zhiben.campaign.web.CampaignResponses.AssignmentResponse;
import org.zhiben.campaign.web.CampaignResponses.CurrentPhaseResponse;
import org.zhiben.campaign.web.CampaignResponses.OverdueMilestoneResponse;
import org.zhiben.campaign.web.CampaignResponses.PhaseResponse;
import org.zhiben.campaign.web.CampaignResponses.ProgressEntryResponse;
import org.zhiben.campaign.web.CampaignResponses.SubPlanResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskDetailResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskGroupResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskResponse;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "Campaign", description = "Phases, the 31 key tasks with their milestones as a ledger (台账), assignments")
class CampaignController {

    private final BrowseLedger ledger;
    private final RecordProgress recordProgress;
    private final ReviewProgress reviewProgress;
    private final AddEvidenceFile addEvidenceFile;
    private final ReadSubPlans subPlans;
    private final Clock clock;

    CampaignController(BrowseLedger ledger, RecordProgress recordProgress, ReviewProgress reviewProgress,
                       AddEvidenceFile addEvidenceFile, ReadSubPlans subPlans, Clock clock) {
        this.ledger = ledger;
        this.subPlans = subPlans;
        this.recordProgress = recordProgress;
        this.reviewProgress = reviewProgress;
        this.addEvidenceFile = addEvidenceFile;
        this.clock = clock;
    }

    @GetMapping("/phases")
    @Operation(summary = "The campaign's five phases with their dates and targets")
    List<PhaseResponse> phases() {
        return ledger.phases().stream().map(PhaseResponse::from).toList();
    }

    @GetMapping("/phases/current")
    @Operation(summary = "The phase in force on a date (today when no date is given)")
    CurrentPhaseResponse currentPhase(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date) {
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock));
        return ledger.phaseOn(day)
                .map(phase -> new CurrentPhaseResponse(day, PhaseResponse.from(phase)))
                .orElseThrow(() -> new NotFoundException("phase", day));
    }

    @GetMapping("/task-groups")
    List<TaskGroupResponse> groups() {
        return ledger.groups().stream().map(TaskGroupResponse::from).toList();
    }

    @GetMapping("/tasks")
    @Operation(summary = "The task ledger, with each task's status and milestones computed for today",
            description = "Filters: unit (the tasks it answers for: lead, named responsible unit, or member of a "
                    + "collective the task names — a county government for 各县(市)人民政府, a member unit for "
                    + "自治州安委会有关成员单位分工负责), group (1-10), "
                    + "status (NOT_STARTED, IN_PROGRESS, OVERDUE, COMPLETED), overdue=true")
    List<TaskResponse> tasks(@RequestParam Optional<String> unit, @RequestParam Optional<Integer> group,
                             @RequestParam Optional<String> status, @RequestParam(defaultValue = "false") boolean overdue) {
        LedgerFilter filter = new LedgerFilter(
                unit.map(u -> RequestValues.unit(u, "unit")).orElse(null),
                group.orElse(null),
                status.map(s -> RequestValues.enumValue(TaskStatus.class, s, "status")).orElse(null),
                overdue);
        return ledger.tasks(filter).stream().map(TaskResponse::from).toList();
    }

    @GetMapping("/tasks/{number}")
    TaskDetailResponse task(@PathVariable int number) {
        TaskLedger task = ledger.task(number);
        return new TaskDetailResponse(TaskResponse.from(task.line()), task.line().task().text(),
                task.entries().stream().map(e -> entryResponse(e)).toList());
    }

    @GetMapping("/milestones/overdue")
    @Operation(summary = "Milestones past their due date and not completed, most overdue first")
    List<OverdueMilestoneResponse> overdueMilestones() {
        return ledger.overdueMilestones().stream().map(OverdueMilestoneResponse::from).toList();
    }

    @GetMapping("/assignments")
    @Operation(summary = "The member units' assignments with their focus areas and sub-plans (子方案)")
    List<AssignmentResponse> assignments(@RequestParam Optional<String> unit) {
        return unit.map(u -> ledger.assignments(RequestValues.unit(u, "unit")))
                .orElseGet(ledger::assignments).stream().map(AssignmentResponse::from).toList();
    }

    @GetMapping("/sub-plans")
    @Operation(summary = "The sub-plans (子方案) of the assignments with their owner, due day and status today",
            description = "One line per sub-plan title, in the order of the assignments: the owner is the assignment's "
                    + "unit; the due day is the plan's obligation PLANS_DUE (2024-03-18); the status is where the "
                    + "owner's sub-plan submission stands (NOT_SUBMITTED, DRAFT, SUBMITTED, ACCEPTED, RETURNED); "
                    + "late when first submitted after the due day, or not submitted and the due day has passed. "
                    + "Filter: unit (the owner).")
    List<SubPlanResponse> subPlans(@RequestParam Optional<String> unit) {
        return subPlans.subPlans(unit.filter(u -> !u.isBlank()).map(u -> RequestValues.unit(u, "unit")).orElse(null))
                .stream().map(SubPlanResponse::from).toList();
    }

    @PostMapping("/progress-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record progress on a task (optionally completing one of its milestones)",
            description = "201 with Location and ETag; evidenceFileIds cites files uploaded for the task beforehand "
                    + "(POST /tasks/{number}/evidence-files). An entry of a lead unit is ACCEPTED as recorded; any "
                    + "other unit's is SUBMITTED, waiting for the lead unit's review. 403 "
                    + "campaign.progress.unit-not-yours when the caller may not report in the name of the unit (a "
                    + "county officer reports for their county's government, a department officer for their own unit); "
                    + "409 when the unit is not responsible for the task")
    ResponseEntity<ProgressEntryResponse> record(@Valid @RequestBody ProgressRequest request) {
        ProgressEntry entry = recordProgress.record(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/campaign/progress-entries/" + entry.id().value()))
                .eTag(IfMatch.etag(entry.version()))
                .body(entryResponse(entry));
    }

    @GetMapping("/progress-entries/{id}")
    @Operation(summary = "One progress entry with its evidence files and review; its version as ETag")
    ResponseEntity<ProgressEntryResponse> entry(@PathVariable UUID id) {
        ProgressEntry entry = ledger.progressEntry(new ProgressEntryId(id));
        return IfMatch.answer(entry.version(), entryResponse(entry));
    }

    @PostMapping("/progress-entries/{id}/review")
    @Operation(summary = "The lead unit's review of another unit's entry: accept it, or return it with a reason",
            description = "If-Match: the entry's ETag (412 when it changed meanwhile). 403 "
                    + "campaign.review.unit-not-yours when the caller may not act for the unit; 409 "
                    + "campaign.review.not-lead when the unit does not lead the task, campaign.review.already-reviewed "
                    + "when the entry was reviewed already; 400 campaign.review.reason-required to return without a "
                    + "reason. Audited as progress.accepted or progress.returned.")
    ResponseEntity<ProgressEntryResponse> review(@PathVariable UUID id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody ReviewRequest request) {
        ProgressEntry reviewed = reviewProgress.review(new ReviewProgressCommand(new ProgressEntryId(id),
                IfMatch.requiredVersion(ifMatch), RequestValues.unit(request.unit(), "unit"),
                request.decision() == Decision.ACCEPT, request.reason()));
        return IfMatch.answer(reviewed.version(), entryResponse(reviewed));
    }

    @PostMapping(path = "/tasks/{number}/evidence-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an evidence file (JPEG, PNG, PDF; 10 MB by default) for progress on the task",
            description = "Returns the file's id, to cite in evidenceFileIds of a progress entry on the same task. 403 "
                    + "campaign.evidence.not-responsible when the caller reports for no unit responsible for the task.")
    ResponseEntity<EvidenceFileResponse> uploadEvidence(@PathVariable int number,
                                                        @RequestPart("file") MultipartFile file) {
        EvidenceFile stored = addEvidenceFile.add(number, upload(file));
        return ResponseEntity.created(URI.create("/api/v1/campaign/evidence-files/" + stored.id()))
                .body(EvidenceFileResponse.from(stored));
    }

    @GetMapping("/evidence-files/{id}")
    @Operation(summary = "Download an evidence file")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The file as uploaded",
            content = {
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.IMAGE_JPEG_VALUE,
                            schema = @Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.IMAGE_PNG_VALUE,
                            schema = @Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<Resource> evidence(@PathVariable UUID id) {
        BrowseLedger.StoredEvidence stored = ledger.evidenceFile(id);
        EvidenceFile file = stored.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    private ProgressEntryResponse entryResponse(ProgressEntry entry) {
        String name = entry.milestoneCode() == null ? null : ledger.milestoneName(entry.taskNumber(),
                entry.milestoneCode());
        return ProgressEntryResponse.from(entry, name);
    }

    static EvidenceFiles.Upload upload(MultipartFile file) {
        try {
            return new EvidenceFiles.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    @Schema(description = "ACCEPT the entry, or RETURN it to the unit with a reason")
    enum Decision { ACCEPT, RETURN }

    record ReviewRequest(
            @NotBlank @Schema(description = "the lead unit in whose name the caller reviews") String unit,
            @NotNull Decision decision,
            @Size(max = ProgressEntry.MAX_RETURN_REASON_LENGTH)
            @Schema(nullable = true, description = "required to RETURN") String reason) {
    }

    record ProgressRequest(
            @NotNull Integer taskNumber,
            String milestoneCode,
            @NotBlank String unit,
            @NotBlank @Size(max = ProgressEntry.MAX_TEXT_LENGTH) String text,
            @NotNull LocalDate reportedOn,
            @Size(max = ProgressEntry.MAX_EVIDENCE_REFERENCE_LENGTH) String evidenceReference,
            boolean completesMilestone,
            @Size(max = ProgressEntry.MAX_EVIDENCE_FILES)
            @Schema(nullable = true, description = "ids of evidence files uploaded for the task") List<UUID> evidenceFileIds) {

        RecordProgressCommand toCommand() {
            return new RecordProgressCommand(taskNumber, milestoneCode, RequestValues.unit(unit, "unit"), text,
                    reportedOn, evidenceReference, completesMilestone,
                    evidenceFileIds == null ? List.of() : evidenceFileIds);
        }
    }
}
