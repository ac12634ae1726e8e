package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardSort;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.application.AddHazardAttachment;
import org.zhiben.hazards.application.CancelHazard;
import org.zhiben.hazards.application.CancelHazardCommand;
import org.zhiben.hazards.application.DecideDeadlineExtension;
import org.zhiben.hazards.application.DecideDeadlineExtensionCommand;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.JudgeHazardCommand;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.ListHazardCommand;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.RefuseAcceptance;
import org.zhiben.hazards.application.RefuseAcceptanceCommand;
import org.zhiben.hazards.application.RemoveListing;
import org.zhiben.hazards.application.RemoveListingCommand;
import org.zhiben.hazards.application.ReportHazard;
import org.zhiben.hazards.application.ReportHazardCommand;
import org.zhiben.hazards.application.RequestDeadlineExtension;
import org.zhiben.hazards.application.RequestDeadlineExtensionCommand;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SetRectificationPlanCommand;
import org.zhiben.hazards.application.Signer;
import org.zhiben.hazards.application.SubmitEvidenceCommand;
import org.zhiben.hazards.application.SubmitRectification;
import org.zhiben.hazards.application.VerifyRectification;
import org.zhiben.hazards.application.VerifyRectificationCommand;
import org.zhiben.hazards.application.WriteOffHazard;
import org.zhiben.hazards.application.WriteOffHazardCommand;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.web.HazardRequests.Clause;
import org.zhiben.hazards.web.HazardRequests.DecisionRequest;
import org.zhiben.hazards.web.HazardRequests.DeterminationRequest;
import org.zhiben.hazards.web.HazardRequests.ExtensionDecisionRequest;
import org.zhiben.hazards.web.HazardRequests.ExtensionRequest;
import org.zhiben.hazards.web.HazardRequests.ListingRemovalRequest;
import org.zhiben.hazards.web.HazardRequests.ListingRequest;
import org.zhiben.hazards.web.HazardRequests.RectificationPlanRequest;
import org.zhiben.hazards.web.HazardRequests.RectificationRequest;
import org.zhiben.hazards.web.HazardRequests.RegisterHazardRequest;
import org.zhiben.hazards.web.HazardResponses.AttachmentView;
import org.zhiben.hazards.web.HazardResponses.HazardView;
import org.zhiben.hazards.web.HazardResponses.TimelineEntryView;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.platform.web.idempotency.IdempotentPosts;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * The major-hazard database (重大事故隐患数据库): registration from every channel, search, and the closed loop from
 * determination to write-off (闭环销号), one endpoint per move. Every move requires {@code If-Match: "<version>"} (the
 * hazard's {@code ETag}) and answers with the changed hazard and its new {@code ETag}. Each endpoint translates the
 * request into one use case's command and its result into the response.
 */
@Tag(name = "Major hazards", description = "重大事故隐患数据库：登记、判定、整改、验收、销号、挂牌督办")
@RestController
@RequestMapping("/api/v1/hazards")
class HazardController {

    private final HazardUseCases useCases;
    private final ReadHazards read;
    private final IdempotentPosts idempotentPosts;
    private final CurrentActors currentActors;

    HazardController(HazardUseCases useCases, ReadHazards read, IdempotentPosts idempotentPosts,
            CurrentActors currentActors) {
        this.useCases = useCases;
        this.read = read;
        this.idempotentPosts = idempotentPosts;
        this.currentActors = currentActors;
    }

    // ----------------------------------------------------------------------------------- registration and reading

    @Operation(summary = "Register a hazard (企业自查上报、督导检查发现、群众举报查实)",
            description = "Idempotent under an Idempotency-Key header: a retry of the same request returns the first "
                    + "response. Only for an enterprise inside the caller's data scope (else 403; 400 "
                    + "hazard.enterprise.unknown for an enterprise that does not exist). A caller who sees only "
                    + "enterprises (an enterprise's safety manager) reports its own hazards through SELF_INSPECTION "
                    + "only (else 403).")
    @ApiResponse(responseCode = "201", description = "Registered (or, for a retry with the same Idempotency-Key, "
            + "the first answer again)", headers = @Header(name = HttpHeaders.LOCATION, description = "the new hazard",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = HazardView.class)))
    @RespondsWithETag
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = false, schema = @Schema(type = "string",
            maxLength = 200), description = "A key of the caller's choosing: a retry with the same key and body "
            + "returns the first answer; the same key with another body is refused (422)")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterHazardRequest request,
            HttpServletRequest httpRequest) {
        return idempotentPosts.execute(httpRequest, () -> {
            MajorHazard registered = useCases.report.execute(new ReportHazardCommand(request.enterpriseId(),
                    request.location(), request.description(), request.discoveredOn(),
                    RequestValues.enumValue(DiscoveryChannel.class, request.channel(), "channel"),
                    request.sourceReference(), clause(request.clause()), Boolean.TRUE.equals(request.levelPending())));
            return ResponseEntity.created(URI.create("/api/v1/hazards/" + registered.id().value()))
                    .eTag(IfMatch.etag(registered.version())).body(HazardView.of(registered, read.today()));
        });
    }

    @Operation(summary = "Search the major-hazard database (filters and pagination)",
            description = "Only hazards inside the caller's data scope (jurisdiction, industries or own enterprise) "
                    + "are found.")
    @GetMapping
    PageView<HazardView> search(
            @Parameter(schema = @Schema(description = HazardResponses.JURISDICTION,
                    pattern = "^[0-9]{6}(-P[0-9]{2})?$")) @RequestParam(required = false) String jurisdiction,
            @Parameter(schema = @Schema(description = HazardResponses.INDUSTRY,
                    pattern = "^[A-Z][A-Z0-9_]{1,39}$")) @RequestParam(required = false) String industry,
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(schema = @Schema(implementation = HazardStatus.class)) @RequestParam(required = false)
            String status,
            @Parameter(schema = @Schema(implementation = HazardLevel.class)) @RequestParam(required = false)
            String level,
            @Parameter(schema = @Schema(implementation = DiscoveryChannel.class)) @RequestParam(required = false)
            String channel,
            @Parameter(description = "true: only hazards listed for supervision; false: only those not listed")
            @RequestParam(required = false) Boolean listed,
            @Parameter(description = "only the hazards overdue on that day, e.g. 2025-06-01")
            @RequestParam(required = false) LocalDate overdueOn,
            @Parameter(description = "only the hazards whose number (隐患编号) contains this, e.g. 653022-2026-00058 "
                    + "or 00058") @RequestParam(required = false) String number,
            @Parameter(description = "order: discovered (newest first, the default), number, deadline or status; "
                    + "a leading - for descending, e.g. -deadline")
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        HazardSearchCriteria criteria = new HazardSearchCriteria(
                RequestValues.jurisdiction(jurisdiction, "jurisdiction"), RequestValues.industry(industry, "industry"),
                enterpriseId, RequestValues.enumValue(HazardStatus.class, status, "status"),
                RequestValues.enumValue(HazardLevel.class, level, "level"),
                RequestValues.enumValue(DiscoveryChannel.class, channel, "channel"), listed, overdueOn, page, size,
                org.zhiben.shared.DataScope.wholePrefecture(), number, HazardSort.parse(sort));
        HazardPage found = read.search(criteria);
        LocalDate today = read.today();
        return PageView.of(found.items(), h -> HazardView.of(h, today), found.page(), found.size(),
                found.totalElements());
    }

    @Operation(summary = "One hazard, with its version as ETag")
    @RespondsWithETag
    @GetMapping("/{id}")
    ResponseEntity<HazardView> get(@PathVariable UUID id) {
        return answer(read.find(id));
    }

    @Operation(summary = "The hazard's timeline: transitions, escalation steps, listings and deadline extensions")
    @GetMapping("/{id}/timeline")
    List<TimelineEntryView> timeline(@PathVariable UUID id) {
        return read.timeline(id).stream().map(TimelineEntryView::of).toList();
    }

    // ------------------------------------------------------------------------------------------------ transitions

    @Operation(summary = "Determine the level (REPORTED → DETERMINED) against the standard in force")
    @PostMapping("/{id}/determination")
    ResponseEntity<HazardView> determine(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DeterminationRequest request) {
        return answer(useCases.determine.execute(new JudgeHazardCommand(new HazardId(id), version(ifMatch),
                clause(request.clause()), signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "Set the rectification plan with its five items (五落实): DETERMINED → RECTIFYING")
    @PostMapping("/{id}/rectification-plan")
    ResponseEntity<HazardView> setPlan(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody RectificationPlanRequest request) {
        RectificationPlan plan = new RectificationPlan(request.responsiblePerson(), request.measures(),
                request.fundsFen(), request.deadline(), request.contingencyPlan());
        return answer(useCases.setPlan.execute(new SetRectificationPlanCommand(new HazardId(id), version(ifMatch),
                plan, currentActors.actor(), request.reason())));
    }

    @Operation(summary = "Report the hazard rectified with evidence and uploaded attachments: RECTIFYING → RECTIFIED")
    @PostMapping("/{id}/rectification")
    ResponseEntity<HazardView> submitRectification(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RectificationRequest request) {
        return answer(useCases.submit.execute(new SubmitEvidenceCommand(new HazardId(id), version(ifMatch),
                request.evidence(), request.attachmentIds(), List.of(), currentActors.actor(), request.reason())));
    }

    @Operation(summary = "Accept the rectification (验收), signed for a unit: RECTIFIED → VERIFIED")
    @PostMapping("/{id}/verification")
    ResponseEntity<HazardView> verify(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        return answer(useCases.verify.execute(new VerifyRectificationCommand(new HazardId(id), version(ifMatch),
                signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "Refuse the acceptance, with reasons: RECTIFIED → RECTIFYING")
    @PostMapping("/{id}/acceptance-refusal")
    ResponseEntity<HazardView> refuse(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        return answer(useCases.refuse.execute(new RefuseAcceptanceCommand(new HazardId(id), version(ifMatch),
                signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "Write the hazard off (销号): VERIFIED → WRITTEN_OFF")
    @PostMapping("/{id}/write-off")
    ResponseEntity<HazardView> writeOff(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        return answer(useCases.writeOff.execute(new WriteOffHazardCommand(new HazardId(id), version(ifMatch),
                signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "Cancel the hazard (e.g. a false report), with the reason")
    @PostMapping("/{id}/cancellation")
    ResponseEntity<HazardView> cancel(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        return answer(useCases.cancel.execute(new CancelHazardCommand(new HazardId(id), version(ifMatch),
                signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "Ask for a later rectification deadline")
    @PostMapping("/{id}/deadline-extensions")
    ResponseEntity<HazardView> requestExtension(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtensionRequest request) {
        return answer(useCases.requestExtension.execute(new RequestDeadlineExtensionCommand(new HazardId(id),
                version(ifMatch), request.newDeadline(), currentActors.actor(), request.reason())));
    }

    @Operation(summary = "Approve or reject the pending deadline extension")
    @PostMapping("/{id}/deadline-extensions/decision")
    ResponseEntity<HazardView> decideExtension(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtensionDecisionRequest request) {
        return answer(useCases.decideExtension.execute(new DecideDeadlineExtensionCommand(new HazardId(id),
                version(ifMatch), request.approved(), signer(request.actingUnit()), request.reason())));
    }

    @Operation(summary = "List the major hazard for supervision (挂牌督办)")
    @PutMapping("/{id}/listing")
    ResponseEntity<HazardView> list(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody ListingRequest request) {
        Actor actor = signer(request.actingUnit());
        ListingLevel level = RequestValues.enumValue(ListingLevel.class, request.level(), "level");
        return answer(useCases.list.execute(new ListHazardCommand(new HazardId(id), version(ifMatch), level,
                RequestValues.unit(request.supervisingUnit(), "supervisingUnit"),
                RequestValues.unit(request.responsibleUnit(), "responsibleUnit"), request.listedOn(),
                request.deadline(), actor)));
    }

    @Operation(summary = "Remove the listing (摘牌), with the reason")
    @DeleteMapping("/{id}/listing")
    ResponseEntity<HazardView> removeListing(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ListingRemovalRequest request) {
        Actor actor = signer(request.actingUnit());
        return answer(useCases.removeListing.execute(new RemoveListingCommand(new HazardId(id), version(ifMatch),
                request.removedOn(), request.reason(), actor)));
    }

    // ------------------------------------------------------------------------------------------------ attachments

    @Operation(summary = "Upload a photo or document (JPEG, PNG, PDF; 10 MB by default) for the hazard",
            description = "Returns the attachment reference to cite in the rectification evidence.")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AttachmentView> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        AttachmentRef ref = useCases.addAttachment.execute(id, upload(file));
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + id + "/attachments/" + ref.id()))
                .body(AttachmentView.of(ref));
    }

    @Operation(summary = "Download an attachment of the hazard")
    @ApiResponse(responseCode = "200", description = "The file as uploaded", content = {
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        ReadHazards.StoredAttachment stored = read.attachment(id, attachmentId);
        AttachmentRef ref = stored.ref();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.contentType()))
                .contentLength(ref.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    // -------------------------------------------------------------------------------------------------- internals

    private static long version(String ifMatch) {
        return IfMatch.requiredVersion(ifMatch);
    }

    /** The hazard with its version as ETag. */
    private ResponseEntity<HazardView> answer(MajorHazard hazard) {
        HazardView view = HazardView.of(hazard, read.today());
        return IfMatch.answer(view.version(), view);
    }

    /** The signer of a supervising-side decision, for the unit the request names (see {@link Signer}). */
    private Actor signer(String actingUnit) {
        return Signer.of(currentActors.actor(), RequestValues.unit(actingUnit, "actingUnit"));
    }

    static ClauseReference clause(Clause clause) {
        if (clause == null) {
            return null;
        }
        return clause(clause.standardCode(), clause.clauseNumber());
    }

    static ClauseReference clause(String standardCode, String clauseNumber) {
        if (standardCode == null || standardCode.isBlank() || clauseNumber == null || clauseNumber.isBlank()) {
            return null;
        }
        return new ClauseReference(standardCode.strip(), clauseNumber.strip());
    }

    static HazardFiles.Upload upload(MultipartFile file) {
        try {
            return new HazardFiles.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }
}
