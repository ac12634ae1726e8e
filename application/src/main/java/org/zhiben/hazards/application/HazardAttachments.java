package org.zhiben.hazards.application;

import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.Actor;

/** Adds a checked file to a hazard and records it in the audit trail. */
final class HazardAttachments {

    static final String ACTION = "hazard.attachment-added";

    private final HazardStore store;
    private final HazardFiles files;

    HazardAttachments(HazardStore store, HazardFiles files) {
        this.store = store;
        this.files = files;
    }

    AttachmentRef add(HazardId hazard, HazardFiles.Upload upload, Actor actor) {
        AttachmentRef added = files.add(hazard, upload, actor);
        store.audit(actor, hazard, ACTION, null, "attachment=" + added.id() + ";contentType=" + added.contentType()
                + ";size=" + added.size() + ";sha256=" + added.sha256());
        return added;
    }
}
