package org.zhiben.hazards.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
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
import org.zhiben.hazards.web.HazardRequests.Clause;
import org.zhiben.hazards.web.HazardRequests.RegisterHazardRequest;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.DataScope;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The one path through which the hazard API and the administrators' pages read and change hazards: every hazard is
 * read inside the caller's data scope (one outside it is answered as one that does not exist), and every change
 * checks the expected version and is recorded in the audit trail in the same transaction — {@code MajorHazard}, id,
 * action, reason and the change of status with the codes the move set.
 */
@Component
public class HazardChanges {

    /** An uploaded file as received. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

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
    HazardChanges(HazardRegistration registration, MajorHazards hazards, HazardFiles attachments,
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

    /**
     * Registers a hazard of an enterprise inside the caller's data scope (see {@link HazardRegistration}); a caller
     * who sees only enterprises (an enterprise's safety manager) reports through self-inspection only (403).
     *
     * @return the id of the registered hazard
     */
    public UUID register(UUID enterpriseId, String location, String description, LocalDate discoveredOn,
            String channel, String sourceReference, String standardCode, String clauseNumber) {
        RegisterHazardRequest request = new RegisterHazardRequest(enterpriseId, location, description, discoveredOn,
                channel, sourceReference, clause(standardCode, clauseNumber), null);
        return registration.readView(register(request, null).body()).id();
    }

    HazardRegistration.Outcome register(RegisterHazardRequest request, String idempotencyKey) {
        DataScope scope = currentActors.scope();
        if (seesOnlyEnterprises(scope) && (request.channel() == null
                || !DiscoveryChannel.SELF_INSPECTION.name().equals(request.channel().strip()))) {
            throw new AccessDeniedException("an enterprise reports its own hazards through self-inspection only");
        }
        return registration.register(request, idempotencyKey, currentActors.actor(), scope);
    }

    /** The hazard, in a read transaction; 404 as if it did not exist when it lies outside the caller's scope. */
    public MajorHazard find(UUID id) {
        return transactions.read(() -> load(id));
    }

    /** The hazard's timeline: transitions, escalation steps, listings and deadline extensions. */
    public List<HazardTimeline.Entry> timeline(UUID id) {
        return transactions.read(() -> timelines.of(load(id), clock.getZone()));
    }

    /** An attachment of a hazard inside the caller's scope, and where its content is stored. */
    public StoredAttachment attachment(UUID id, UUID attachmentId) {
        AttachmentRef ref = transactions.read(() -> attachments.find(load(id).id(), attachmentId))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        Path content = files.find(ref.sha256()).orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new StoredAttachment(ref, content);
    }

    /** An attachment's reference and its stored content. */
    public record StoredAttachment(AttachmentRef ref, Path content) {
    }

    /** Uploads a photo or document for the hazard; audited. */
    public AttachmentRef upload(UUID id, Upload file) {
        Actor actor = currentActors.actor();
        return transactions.write(() -> add(load(id).id(), file, actor));
    }

    private AttachmentRef add(HazardId hazardId, Upload file, Actor actor) {
        AttachmentRef added = attachments.add(hazardId, file.fileName(), file.contentType(), file.content(), actor);
        audit.record(actor, MajorHazard.ENTITY, hazardId.value().toString(), "ATTACHMENT_ADDED", null,
                "attachment=" + added.id() + ";contentType=" + added.contentType() + ";size=" + added.size()
                        + ";sha256=" + added.sha256());
        return added;
    }

    // ------------------------------------------------------------------------------------------------ transitions

    /** REPORTED → DETERMINED against the standard in force (a clause: MAJOR; none: GENERAL). */
    public MajorHazard determine(UUID id, long version, Actor actor, String standardCode, String clauseNumber,
            String reason) {
        return change(id, version, "DETERMINED", actor, reason, hazard -> {
            HazardLevelOutcome outcome = registration.determine(hazard.industry(), hazard.discoveredOn(),
                    clause(standardCode, clauseNumber));
            determineHazardLevel.execute(new DetermineHazardLevelCommand(hazard.id(), version, outcome, actor,
                    reason));
            return "level=" + outcome.level() + (outcome.clause() == null ? ""
                    : ";clause=" + outcome.clause().standardCode() + "/" + outcome.clause().clauseNumber());
        });
    }

    /** The rectification plan with its five items (五落实): DETERMINED → RECTIFYING. */
    public MajorHazard setPlan(UUID id, long version, Actor actor, RectificationPlan plan, String reason) {
        return change(id, version, "PLAN_SET", actor, reason, hazard -> {
            setRectificationPlan.execute(new SetRectificationPlanCommand(hazard.id(), version, plan, actor, reason));
            return "deadline=" + plan.deadline() + ";fundsFen=" + plan.fundsFen();
        });
    }

    /** RECTIFYING → RECTIFIED, citing attachments already uploaded for the hazard. */
    public MajorHazard submitRectification(UUID id, long version, Actor actor, String evidence,
            List<UUID> attachmentIds, String reason) {
        return change(id, version, "RECTIFIED", actor, reason, hazard -> {
            List<AttachmentRef> refs = attachments.resolve(hazard.id(), attachmentIds, "attachmentIds");
            submitRectification.execute(new SubmitRectificationCommand(hazard.id(), version,
                    new RectificationEvidence(evidence, refs), actor, reason));
            return "attachments=" + String.join(",", refs.stream().map(ref -> ref.id().toString()).toList());
        });
    }

    /**
     * RECTIFYING → RECTIFIED with files uploaded in the same transaction: a refused submission leaves no upload
     * behind.
     */
    public MajorHazard submitRectificationWithFiles(UUID id, long version, Actor actor, String evidence,
            List<Upload> uploads, String reason) {
        return transactions.write(() -> {
            HazardId hazardId = load(id).id();
            List<UUID> ids = new ArrayList<>();
            for (Upload upload : uploads) {
                ids.add(add(hazardId, upload, actor).id());
            }
            return submitRectification(id, version, actor, evidence, ids, reason);
        });
    }

    /** 验收: RECTIFIED → VERIFIED. */
    public MajorHazard verify(UUID id, long version, Actor actor, String reason) {
        return change(id, version, "VERIFIED", actor, reason, hazard -> {
            verifyRectification.execute(new VerifyRectificationCommand(hazard.id(), version, actor, reason));
            return null;
        });
    }

    /** Acceptance refused, with reasons: RECTIFIED → RECTIFYING. */
    public MajorHazard refuseAcceptance(UUID id, long version, Actor actor, String reason) {
        return change(id, version, "ACCEPTANCE_REFUSED", actor, reason, hazard -> {
            refuseAcceptance.execute(new RefuseAcceptanceCommand(hazard.id(), version, actor, reason));
            return null;
        });
    }

    /** 销号: VERIFIED → WRITTEN_OFF. */
    public MajorHazard writeOff(UUID id, long version, Actor actor, String reason) {
        return change(id, version, "WRITTEN_OFF", actor, reason, hazard -> {
            writeOffHazard.execute(new WriteOffHazardCommand(hazard.id(), version, actor, reason));
            return null;
        });
    }

    /** Cancellation (e.g. a false report), with the reason. */
    public MajorHazard cancel(UUID id, long version, Actor actor, String reason) {
        return change(id, version, "CANCELLED", actor, reason, hazard -> {
            cancelHazard.execute(new CancelHazardCommand(hazard.id(), version, actor, reason));
            return null;
        });
    }

    public MajorHazard requestExtension(UUID id, long version, Actor actor, LocalDate newDeadline, String reason) {
        return change(id, version, "EXTENSION_REQUESTED", actor, reason, hazard -> {
            requestDeadlineExtension.execute(new RequestDeadlineExtensionCommand(hazard.id(), version, newDeadline,
                    actor, reason));
            return "requestedDeadline=" + newDeadline;
        });
    }

    public MajorHazard decideExtension(UUID id, long version, Actor actor, boolean approved, String reason) {
        return change(id, version, "EXTENSION_DECIDED", actor, reason, hazard -> {
            decideDeadlineExtension.execute(new DecideDeadlineExtensionCommand(hazard.id(), version, approved,
                    actor, reason));
            return "approved=" + approved;
        });
    }

    /** 挂牌督办. */
    public MajorHazard list(UUID id, long version, Actor actor, ListingLevel level, UnitCode supervising,
            UnitCode responsible, LocalDate listedOn, LocalDate deadline) {
        return change(id, version, "LISTED", actor, null, hazard -> {
            listHazard.execute(new ListHazardCommand(hazard.id(), version, level, supervising, responsible,
                    listedOn, deadline, actor));
            return "listingLevel=" + level + ";supervisingUnit=" + supervising.value() + ";responsibleUnit="
                    + responsible.value() + ";listedOn=" + listedOn + ";deadline=" + deadline;
        });
    }

    /** 摘牌, with the reason. */
    public MajorHazard removeListing(UUID id, long version, Actor actor, LocalDate removedOn, String reason) {
        return change(id, version, "LISTING_REMOVED", actor, reason, hazard -> {
            removeListing.execute(new RemoveListingCommand(hazard.id(), version, removedOn, reason, actor));
            return "removedOn=" + removedOn;
        });
    }

    // -------------------------------------------------------------------------------------------------- internals

    /** The work of one move: changes the hazard (loaded and inside the caller's scope) and says its codes. */
    @FunctionalInterface
    private interface Move {
        /** @return the codes the move set, for the audit trail (e.g. {@code level=MAJOR}), or null */
        String apply(MajorHazard hazard);
    }

    private MajorHazard change(UUID id, long version, String action, Actor actor, String reason, Move move) {
        return transactions.write(() -> {
            MajorHazard before = load(id);
            HazardStatus from = before.status();
            String codes = move.apply(before);
            MajorHazard after = load(id);
            audit.record(actor, MajorHazard.ENTITY, id.toString(), action, reason,
                    "status=" + from + "->" + after.status() + (codes == null ? "" : ";" + codes));
            return after;
        });
    }

    private MajorHazard load(UUID id) {
        MajorHazard hazard = hazards.findById(new HazardId(id))
                .orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY, id));
        if (!currentActors.scope().permits(hazard.jurisdiction(), hazard.industry(), hazard.enterpriseId())) {
            throw new NotFoundException(MajorHazard.ENTITY, id);
        }
        return hazard;
    }

    private static Clause clause(String standardCode, String clauseNumber) {
        if (standardCode == null || standardCode.isBlank() || clauseNumber == null || clauseNumber.isBlank()) {
            return null;
        }
        return new Clause(standardCode, clauseNumber);
    }

    /** Whether the caller sees enterprises only (an enterprise's safety manager): it reports as the enterprise. */
    public static boolean seesOnlyEnterprises(DataScope scope) {
        return !scope.prefectureWide() && scope.jurisdictions().isEmpty() && scope.industries().isEmpty();
    }
}
