package org.zhiben.hazards.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.storage.HazardFiles;

/** RECTIFYING → RECTIFIED: the enterprise submits its evidence; its deadline clock stops. */
public class SubmitRectification {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.rectified";

    private final HazardStore store;
    private final HazardFiles files;
    private final HazardAttachments attachments;
    private final Clock clock;

    public SubmitRectification(HazardStore store, HazardFiles files) {
        this.store = store;
        this.files = files;
        this.attachments = new HazardAttachments(store, files);
        this.clock = store.clock();
    }

    /** Submits evidence whose attachments are already resolved. */
    public MajorHazard execute(SubmitRectificationCommand command) {
        return store.change(command.hazardId(), command.expectedVersion(), command.actor(), ACTION, command.reason(),
                hazard -> {
                    hazard.submitRectification(command.evidence(), command.actor(), clock.instant(),
                            command.reason());
                    return "attachments=" + String.join(",", command.evidence().attachments().stream()
                            .map(ref -> ref.id().toString()).toList());
                });
    }

    /** Submits evidence citing attachments uploaded earlier and/or with it, loading the hazard once. */
    public MajorHazard execute(SubmitEvidenceCommand command) {
        MajorHazard hazard = store.loadInScope(command.hazardId());
        List<UUID> ids = new ArrayList<>(command.attachmentIds());
        for (HazardFiles.Upload upload : command.uploads()) {
            ids.add(attachments.add(hazard.id(), upload, command.actor()).id());
        }
        List<AttachmentRef> refs = files.resolve(hazard.id(), ids, "attachmentIds");
        hazard.requireVersion(command.expectedVersion());
        HazardStatus from = hazard.status();
        hazard.submitRectification(new RectificationEvidence(command.evidence(), refs), command.actor(),
                clock.instant(), command.reason());
        MajorHazard stored = store.store(hazard).hazard();
        store.audit(command.actor(), hazard.id(), ACTION, command.reason(), "status=" + from + "->"
                + stored.status() + ";attachments=" + String.join(",", refs.stream()
                .map(ref -> ref.id().toString()).toList()));
        return stored;
    }
}
