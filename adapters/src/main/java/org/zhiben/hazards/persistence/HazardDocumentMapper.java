package org.zhiben.hazards.persistence;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.DeadlineExtension;
import org.zhiben.hazards.EscalationRecord;
import org.zhiben.hazards.HazardTransition;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.persistence.HazardDocuments.ActorDoc;
import org.zhiben.hazards.persistence.HazardDocuments.AttachmentDoc;
import org.zhiben.hazards.persistence.HazardDocuments.EscalationDoc;
import org.zhiben.hazards.persistence.HazardDocuments.EvidenceDoc;
import org.zhiben.hazards.persistence.HazardDocuments.ExtensionDoc;
import org.zhiben.hazards.persistence.HazardDocuments.ListingDoc;
import org.zhiben.hazards.persistence.HazardDocuments.PlanDoc;
import org.zhiben.hazards.persistence.HazardDocuments.TransitionDoc;
import org.zhiben.shared.Actor;
import org.zhiben.shared.UnitCode;

/** Maps the hazard's value objects to their stored documents and back. */
@Mapper
interface HazardDocumentMapper {

    AttachmentDoc toDoc(AttachmentRef attachment);

    AttachmentRef toAttachment(AttachmentDoc doc);

    List<AttachmentDoc> toAttachmentDocs(List<AttachmentRef> attachments);

    List<AttachmentRef> toAttachments(List<AttachmentDoc> docs);

    ActorDoc toDoc(Actor actor);

    Actor toActor(ActorDoc doc);

    PlanDoc toDoc(RectificationPlan plan);

    RectificationPlan toPlan(PlanDoc doc);

    EvidenceDoc toDoc(RectificationEvidence evidence);

    RectificationEvidence toEvidence(EvidenceDoc doc);

    List<EvidenceDoc> toEvidenceDocs(List<RectificationEvidence> evidence);

    List<RectificationEvidence> toEvidence(List<EvidenceDoc> docs);

    TransitionDoc toDoc(HazardTransition transition);

    HazardTransition toTransition(TransitionDoc doc);

    List<TransitionDoc> toTransitionDocs(List<HazardTransition> history);

    List<HazardTransition> toTransitions(List<TransitionDoc> docs);

    ExtensionDoc toDoc(DeadlineExtension extension);

    DeadlineExtension toExtension(ExtensionDoc doc);

    List<ExtensionDoc> toExtensionDocs(List<DeadlineExtension> extensions);

    List<DeadlineExtension> toExtensions(List<ExtensionDoc> docs);

    /** The instants are taken from the stored documents by the adapter. */
    @Mapping(target = "recordedAt", ignore = true)
    @Mapping(target = "removalRecordedAt", ignore = true)
    ListingDoc toDoc(Listing listing);

    Listing toListing(ListingDoc doc);

    List<Listing> toListings(List<ListingDoc> docs);

    /** The instant is taken from the stored documents by the adapter. */
    @Mapping(target = "recordedAt", ignore = true)
    EscalationDoc toDoc(EscalationRecord escalation);

    EscalationRecord toEscalation(EscalationDoc doc);

    List<EscalationRecord> toEscalations(List<EscalationDoc> docs);

    default String unit(UnitCode unit) {
        return unit == null ? null : unit.value();
    }

    default UnitCode unit(String value) {
        return value == null ? null : UnitCode.of(value);
    }
}
