package org.zhiben.hazards.web;

import org.zhiben.identity.Role;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.identity.DataScope;
import org.zhiben.audit.AuditRecorder;
import org.springframework.security.access.AccessDeniedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.application.CancelHazard;
import org.zhiben.hazards.application.CancelHazardCommand;
import org.zhiben.hazards.application.DecideDeadlineExtension;
import org.zhiben.hazards.application.DecideDeadlineExtensionCommand;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.DetermineHazardLevelCommand;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.ListHazardCommand;
import org.zhiben.hazards.application.RefuseAcceptance;
import org.zhiben.hazards.application.RefuseAcceptanceCommand;
import org.zhiben.hazards.application.RemoveListing;
import org.zhiben.hazards.application.RemoveListingCommand;
import org.zhiben.hazards.application.RequestDeadlineExtension;
import org.zhiben.hazards.application.RequestDeadlineExtensionCommand;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SetRectificationPlanCommand;
import org.zhiben.hazards.application.SubmitRectification;
import org.zhiben.hazards.application.SubmitRectificationCommand;
import org.zhiben.hazards.application.VerifyRectification;
import org.zhiben.hazards.application.VerifyRectificationCommand;
import org.zhiben.hazards.application.WriteOffHazard;
import org.zhiben.hazards.application.WriteOffHazardCommand;
import org.zhiben.hazards.files.FileStore;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.storage.HazardTimeline;
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
import org.zhiben.hazards.web.HazardResponses.HazardPageView;
import org.zhiben.hazards.web.HazardResponses.HazardView;
import org.zhiben.hazards.web.HazardResponses.TimelineEntryView;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/**
 * The major-hazard database (重大事故隐患数据库): registration from every channel, search, and the closed loop from
 * determination to write-off (闭环销号), one endpoint per move. Every move requires {@code If-Match: "<version>"} (the
 * hazard's {@code ETag}) and answers with the changed hazard and its new {@code ETag}.
 */
@Tag(name = "Major hazards", description = "重大事故隐患数据库：登记、判定、整改、验收、销号、挂牌督办")
@RestController
@RequestMapping("/api/v1/hazards")
class HazardController {

    private final HazardRegistration registration;
    private final MajorHazards hazards;
    private final HazardFiles attachments;
    private final HazardTimeline timelines;
    private final FileStore files;
    private final Transactions transactions;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;
    private final Clock clock;
    private final DetermineHazardLevel determineHazardLevel;
    private final SetRectificationPlan setRectificationPlan;
    private final SubmitRectification submitRectification;
    private final VerifyRectification verifyRectification;
    private final RefuseAcceptance refuseAcceptance;
    private final WriteOffHazard writeOffHazard;
    private final CancelHazard cancelHazard;
    private final RequestDeadlineExtension requestDeadlineExtension;
    private final DecideDeadlineExtension decideDeadlineExtension;
    private final ListHazard listHazard;
    private final RemoveListing removeListing;

    @SuppressWarnings("java:S107")
    HazardController(HazardRegistration registration, MajorHazards hazards, HazardFiles attachments,
            HazardTimeline timelines, FileStore files, Transactions transactions, CurrentActors currentActors,
            AuditRecorder audit, Clock clock, DetermineHazardLevel determineHazardLevel,
            SetRectificationPlan setRectificationPlan, SubmitRectification submitRectification,
            VerifyRectification verifyRectification, RefuseAcceptance refuseAcceptance,
            WriteOffHazard writeOffHazard, CancelHazard cancelHazard,
            RequestDeadlineExtension requestDeadlineExtension, DecideDeadlineExtension decideDeadlineExtension,
            ListHazard listHazard, RemoveListing removeListing) {
        this.registration = registration;
        this.hazards = hazards;
        this.attachments = attachments;
        this.timelines = timelines;
        this.files = files;
        this.transactions = transactions;
        this.currentActors = currentActors;
        this.audit = audit;
        this.clock = clock;
        this.determineHazardLevel = determineHazardLevel;
        this.setRectificationPlan = setRectificationPlan;
        this.submitRectification = submitRectification;
        this.verifyRectification = verifyRectification;
        this.refuseAcceptance = refuseAcceptance;
        this.writeOffHazard = writeOffHazard;
        this.cancelHazard = cancelHazard;
        this.requestDeadlineExtension = requestDeadlineExtension;
        this.decideDeadlineExtension = decideDeadlineExtension;
        this.listHazard = listHazard;
        this.removeListing = removeListing;
    }

    // ----------------------------------------------------------------------------------- registration and reading

    @Operation(summary = "Register a hazard (企业自查上报、督导检查发现、群众举报查实)",
            description = "Idempotent under an Idempotency-Key header: a retry returns the first response. Only for an "
                    + "enterprise inside the caller's data scope (else 400 hazard.enterprise.unknown, as for an "
                    + "enterprise that does not exist). A caller who sees only enterprises (an enterprise's safety "
                    + "manager) reports its own hazards through SELF_INSPECTION only (else 403).")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterHazardRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        DataScope scope = currentActors.scope();
        if (seesOnlyEnterprises(scope) && !DiscoveryChannel.SELF_INSPECTION.name().equals(request.channel().strip())) {
            throw new AccessDeniedException("an enterprise reports its own hazards through self-inspection only");
        }
        HazardRegistration.Outcome outcome = registration.register(request, idempotencyKey, currentActors.actor(),
                scope);
        return ResponseEntity.status(outcome.status()).contentType(MediaType.APPLICATION_JSON)
                .headers(headersOf(outcome.body())).body(outcome.body());
    }

    @Operation(summary = "Search the major-hazard database (filters and pagination)",
            description = "Only hazards inside the caller's data scope (jurisdiction, industries or own enterprise) "
                    + "are found.")
    @GetMapping
    HazardPageView search(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String industry, @RequestParam(required = false) UUID enterpriseId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String level,
            @RequestParam(required = false) String channel, @RequestParam(required = false) Boolean listed,
            @RequestParam(required = false) LocalDate overdueOn, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        HazardSearchCriteria criteria = new HazardSearchCriteria(
                RequestValues.jurisdiction(jurisdiction, "jurisdiction"), RequestValues.industry(industry, "industry"),
                enterpriseId, RequestValues.enumValue(HazardStatus.class, status, "status"),
                RequestValues.enumValue(HazardLevel.class, level, "level"),
                RequestValues.enumValue(DiscoveryChannel.class, channel, "channel"), listed, overdueOn, page, size,
                currentActors.scope());
        return transactions.read(() -> {
            HazardPage found = hazards.search(criteria);
            LocalDate today = LocalDate.now(clock);
            return new HazardPageView(found.items().stream().map(h -> HazardView.of(h, today)).toList(),
                    found.page(), found.size(), found.totalElements(), found.totalPages());
        });
    }

    @Operation(summary = "One hazard, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<HazardView> get(@PathVariable UUID id) {
        HazardView view = transactions.read(() -> HazardView.of(load(id), LocalDate.now(clock)));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @Operation(summary = "The hazard's timeline: transitions, escalation steps, listings and deadline extensions")
    @GetMapping("/{id}/timeline")
    List<TimelineEntryView> timeline(@PathVariable UUID id) {
        return transactions.read(() -> timelines.of(load(id), clock.getZone()).stream()
                .map(TimelineEntryView::of).toList());
    }

    // ------------------------------------------------------------------------------------------------ transitions

    @Operation(summary = "Determine the level (REPORTED → DETERMINED) against the standard in force")
    @PostMapping("/{id}/determination")
    ResponseEntity<HazardView> determine(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DeterminationRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "DETERMINED", actor, request.reason(), (version, hazard) -> {
            HazardLevelOutcome outcome = registration.determine(hazard.industry(), hazard.discoveredOn(),
                    request.clause());
            determineHazardLevel.execute(new DetermineHazardLevelCommand(hazard.id(), version, outcome, actor,
                    request.reason()));
            return "level=" + outcome.level() + (outcome.clause() == null ? ""
                    : ";clause=" + outcome.clause().standardCode() + "/" + outcome.clause().clauseNumber());
        });
    }

    @Operation(summary = "Set the rectification plan with its five items (五落实): DETERMINED → RECTIFYING")
    @PostMapping("/{id}/rectification-plan")
    ResponseEntity<HazardView> setPlan(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody RectificationPlanRequest request) {
        Actor actor = currentActors.actor();
        return change(id, ifMatch, "PLAN_SET", actor, request.reason(), (version, hazard) -> {
            setRectificationPlan.execute(new SetRectificationPlanCommand(hazard.id(), version,
                    new RectificationPlan(request.responsiblePerson(), request.measures(), request.fundsFen(),
                            request.deadline(), request.contingencyPlan()), actor, request.reason()));
            return "deadline=" + request.deadline() + ";fundsFen=" + request.fundsFen();
        });
    }

    @Operation(summary = "Report the hazard rectified with evidence and uploaded attachments: RECTIFYING → RECTIFIED")
    @PostMapping("/{id}/rectification")
    ResponseEntity<HazardView> submitRectification(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RectificationRequest request) {
        Actor actor = currentActors.actor();
        return change(id, ifMatch, "RECTIFIED", actor, request.reason(), (version, hazard) -> {
            List<AttachmentRef> refs = attachments.resolve(hazard.id(), request.attachmentIds(), "attachmentIds");
            submitRectification.execute(new SubmitRectificationCommand(hazard.id(), version,
                    new RectificationEvidence(request.evidence(), refs), actor, request.reason()));
            return "attachments=" + String.join(",", refs.stream().map(ref -> ref.id().toString()).toList());
        });
    }

    @Operation(summary = "Accept the rectification (验收), signed for a unit: RECTIFIED → VERIFIED")
    @PostMapping("/{id}/verification")
    ResponseEntity<HazardView> verify(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "VERIFIED", actor, request.reason(), (version, hazard) -> {
            verifyRectification.execute(new VerifyRectificationCommand(hazard.id(), version, actor,
                    request.reason()));
            return null;
        });
    }

    @Operation(summary = "Refuse the acceptance, with reasons: RECTIFIED → RECTIFYING")
    @PostMapping("/{id}/acceptance-refusal")
    ResponseEntity<HazardView> refuse(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "ACCEPTANCE_REFUSED", actor, request.reason(), (version, hazard) -> {
            refuseAcceptance.execute(new RefuseAcceptanceCommand(hazard.id(), version, actor, request.reason()));
            return null;
        });
    }

    @Operation(summary = "Write the hazard off (销号): VERIFIED → WRITTEN_OFF")
    @PostMapping("/{id}/write-off")
    ResponseEntity<HazardView> writeOff(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "WRITTEN_OFF", actor, request.reason(), (version, hazard) -> {
            writeOffHazard.execute(new WriteOffHazardCommand(hazard.id(), version, actor, request.reason()));
            return null;
        });
    }

    @Operation(summary = "Cancel the hazard (e.g. a false report), with the reason")
    @PostMapping("/{id}/cancellation")
    ResponseEntity<HazardView> cancel(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody DecisionRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "CANCELLED", actor, request.reason(), (version, hazard) -> {
            cancelHazard.execute(new CancelHazardCommand(hazard.id(), version, actor, request.reason()));
            return null;
        });
    }

    @Operation(summary = "Ask for a later rectification deadline")
    @PostMapping("/{id}/deadline-extensions")
    ResponseEntity<HazardView> requestExtension(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtensionRequest request) {
        Actor actor = currentActors.actor();
        return change(id, ifMatch, "EXTENSION_REQUESTED", actor, request.reason(), (version, hazard) -> {
            requestDeadlineExtension.execute(new RequestDeadlineExtensionCommand(hazard.id(), version,
                    request.newDeadline(), actor, request.reason()));
            return "requestedDeadline=" + request.newDeadline();
        });
    }

    @Operation(summary = "Approve or reject the pending deadline extension")
    @PostMapping("/{id}/deadline-extensions/decision")
    ResponseEntity<HazardView> decideExtension(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtensionDecisionRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "EXTENSION_DECIDED", actor, request.reason(), (version, hazard) -> {
            decideDeadlineExtension.execute(new DecideDeadlineExtensionCommand(hazard.id(), version,
                    request.approved(), actor, request.reason()));
            return "approved=" + request.approved();
        });
    }

    @Operation(summary = "List the major hazard for supervision (挂牌督办)")
    @PutMapping("/{id}/listing")
    ResponseEntity<HazardView> list(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @Valid @RequestBody ListingRequest request) {
        Actor actor = acting(request.actingUnit());
        ListingLevel level = RequestValues.enumValue(ListingLevel.class, request.level(), "level");
        UnitCode supervising = RequestValues.unit(request.supervisingUnit(), "supervisingUnit");
        UnitCode responsible = RequestValues.unit(request.responsibleUnit(), "responsibleUnit");
        return change(id, ifMatch, "LISTED", actor, null, (version, hazard) -> {
            listHazard.execute(new ListHazardCommand(hazard.id(), version, level, supervising, responsible,
                    request.listedOn(), request.deadline(), actor));
            return "listingLevel=" + level + ";supervisingUnit=" + supervising.value() + ";responsibleUnit="
                    + responsible.value() + ";listedOn=" + request.listedOn() + ";deadline=" + request.deadline();
        });
    }

    @Operation(summary = "Remove the listing (摘牌), with the reason")
    @DeleteMapping("/{id}/listing")
    ResponseEntity<HazardView> removeListing(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ListingRemovalRequest request) {
        Actor actor = acting(request.actingUnit());
        return change(id, ifMatch, "LISTING_REMOVED", actor, request.reason(), (version, hazard) -> {
            removeListing.execute(new RemoveListingCommand(hazard.id(), version, request.removedOn(),
                    request.reason(), actor));
            return "removedOn=" + request.removedOn();
        });
    }

    // ------------------------------------------------------------------------------------------------ attachments

    @Operation(summary = "Upload a photo or document (JPEG, PNG, PDF; 10 MB by default) for the hazard",
            description = "Returns the attachment reference to cite in the rectification evidence.")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
        Actor actor = currentActors.actor();
        AttachmentRef ref = transactions.write(() -> {
            HazardId hazardId = load(id).id();
            AttachmentRef added = attachments.add(hazardId, file.getOriginalFilename(), file.getContentType(),
                    content, actor);
            audit.record(actor, MajorHazard.ENTITY, id.toString(), "ATTACHMENT_ADDED", null,
                    "attachment=" + added.id() + ";contentType=" + added.contentType() + ";size=" + added.size()
                            + ";sha256=" + added.sha256());
            return added;
        });
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + id + "/attachments/" + ref.id()))
                .body(AttachmentView.of(ref));
    }

    @Operation(summary = "Download an attachment of the hazard")
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        AttachmentRef ref = transactions.read(() -> attachments.find(load(id).id(), attachmentId))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        Resource content = new FileSystemResource(files.find(ref.sha256())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.contentType()))
                .contentLength(ref.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    // -------------------------------------------------------------------------------------------------- internals

    /** The work of one move: changes the hazard (loaded and inside the caller's scope) and says its codes. */
    @FunctionalInterface
    private interface Move {
        /** @return the codes the move set, for the audit trail (e.g. {@code level=MAJOR}), or null */
        String apply(long version, MajorHazard hazard);
    }

    /**
     * Runs a change against the version named by If-Match, on a hazard inside the caller's data scope (404 otherwise),
     * records it in the audit trail in the same transaction — {@code MajorHazard}, id, action, reason and the change
     * of status with the codes the move set — and answers with the changed hazard.
     */
    private ResponseEntity<HazardView> change(UUID id, String ifMatch, String action, Actor actor, String reason,
            Move move) {
        long version = IfMatch.requiredVersion(ifMatch);
        HazardView view = transactions.write(() -> {
            MajorHazard before = load(id);
            HazardStatus from = before.status();
            String codes = move.apply(version, before);
            MajorHazard after = load(id);
            audit.record(actor, MajorHazard.ENTITY, id.toString(), action, reason,
                    "status=" + from + "->" + after.status() + (codes == null ? "" : ";" + codes));
            return HazardView.of(after, LocalDate.now(clock));
        });
        return ResponseEntity.status(HttpStatus.OK).eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The hazard, or 404 as if it did not exist when it lies outside the caller's data scope. */
    private MajorHazard load(UUID id) {
        MajorHazard hazard = hazards.findById(new HazardId(id))
                .orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY, id));
        if (!currentActors.scope().permits(hazard.jurisdiction(), hazard.industry(), hazard.enterpriseId())) {
            throw new NotFoundException(MajorHazard.ENTITY, id);
        }
        return hazard;
    }

    /** Whether the caller sees enterprises only (an enterprise's safety manager): it reports as the enterprise. */
    static boolean seesOnlyEnterprises(DataScope scope) {
        return !scope.prefectureWide() && scope.jurisdictions().isEmpty() && scope.industries().isEmpty();
    }

    /**
     * The signer of a supervising-side decision (谁检查、谁签名、谁负责): a signed-in user signs for their own unit, and
     * an {@code actingUnit} naming another unit is refused (400); an API client, which has no unit, names the unit it
     * acts for in {@code actingUnit}.
     */
    private Actor acting(String actingUnit) {
        Actor actor = currentActors.actor();
        UnitCode requested = RequestValues.unit(actingUnit, "actingUnit");
        if (requested == null || requested.value().equals(actor.unitCode())) {
            return actor;
        }
        if (actor.unitCode() == null && Role.API_CLIENT.name().equals(actor.role())) {
            return new Actor(actor.username(), actor.role(), requested.value());
        }
        throw new InvalidValueException("actingUnit", "hazard.acting-unit.not-own",
                "a signed-in user signs for their own unit only", requested.value());
    }

    private HttpHeaders headersOf(String body) {
        HttpHeaders headers = new HttpHeaders();
        HazardView view = registration.readView(body);
        headers.setLocation(URI.create("/api/v1/hazards/" + view.id()));
        headers.setETag(IfMatch.etag(view.version()));
        return headers;
    }
}
