package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;

/**
 * Registers a hazard of an enterprise for the caller: the jurisdiction and industry come from the enterprise register,
 * the level is determined against the standard in force on the discovery day for the enterprise's industry (a cited
 * clause: MAJOR; none: GENERAL) unless it is left pending. The enterprise must lie inside the caller's data scope
 * (else 403, as for every creation outside it); a caller who sees only enterprises (an enterprise's safety manager)
 * reports its own hazards through self-inspection only (else 403).
 */
public class ReportHazard {

    private final HazardStore store;
    private final RegisterHazard register;
    private final DetermineHazard standards;
    private final Enterprises enterprises;
    private final HazardAttachments attachments;

    public ReportHazard(HazardStore store, DetermineHazard standards, Enterprises enterprises, HazardFiles files) {
        this.store = store;
        this.attachments = new HazardAttachments(store, files);
        this.register = new RegisterHazard(store);
        this.standards = standards;
        this.enterprises = enterprises;
    }

    /** Whether a caller of this scope sees enterprises only, and so reports its own hazards by self-inspection only. */
    public static boolean selfInspectionOnly(DataScope scope) {
        return !scope.prefectureWide() && scope.jurisdictions().isEmpty() && scope.industries().isEmpty();
    }

    /**
     * Registers the hazard with the photos taken when it was found (现场照片, JPEG or PNG): they are stored with the
     * hazard and become attachments of its finding, in the same transaction — a photo refused refuses the report.
     *
     * @return the registered hazard as stored
     */
    public MajorHazard execute(ReportHazardCommand command, List<HazardFiles.Upload> photos) {
        MajorHazard registered = execute(command);
        if (photos == null || photos.isEmpty()) {
            return registered;
        }
        for (HazardFiles.Upload photo : photos) {
            if (photo.contentType() == null || !photo.contentType().startsWith("image/")) {
                throw new InvalidValueException("files", "hazard.report.photo-not-image",
                        "photos taken at report time are JPEG or PNG images", photo.fileName());
            }
        }
        Actor actor = store.caller();
        List<AttachmentRef> refs = photos.stream().map(p -> attachments.add(registered.id(), p, actor)).toList();
        MajorHazard hazard = store.loadInScope(registered.id());
        hazard.addFindingAttachments(refs);
        MajorHazard stored = store.store(hazard).hazard();
        store.audit(actor, stored.id(), RegisterHazard.ACTION + ".photos", null, "photos=" + refs.size());
        return stored;
    }

    /** @return the registered hazard as stored */
    public MajorHazard execute(ReportHazardCommand command) {
        DataScope scope = store.scope();
        if (selfInspectionOnly(scope) && command.channel() != DiscoveryChannel.SELF_INSPECTION) {
            throw new AccessRefusedException("an enterprise reports its own hazards through self-inspection only");
        }
        Enterprise enterprise = enterprises.findById(new EnterpriseId(command.enterpriseId()))
                .orElseThrow(() -> new InvalidValueException("enterpriseId", "hazard.enterprise.unknown",
                        "no enterprise is registered under this id", command.enterpriseId().toString()));
        if (!scope.permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
            throw new AccessRefusedException("the enterprise lies outside the caller's data scope");
        }
        Actor actor = store.caller();
        HazardFinding finding = new HazardFinding(command.enterpriseId(), enterprise.jurisdiction(),
                enterprise.industry(), command.location(), command.description(), command.discoveredOn(),
                actor.username(), command.channel(), command.sourceReference(), null);
        return register.register(new RegisterHazardCommand(finding, level(command, enterprise), actor));
    }

    private HazardLevelOutcome level(ReportHazardCommand command, Enterprise enterprise) {
        if (command.levelPending()) {
            if (command.clause() != null) {
                throw new InvalidValueException("clause", "hazard.registration.clause-with-pending-level",
                        "a hazard whose level is still to be determined cites no clause yet");
            }
            return null;
        }
        return standards.outcome(enterprise.industry(), command.discoveredOn(), command.clause());
    }
}
