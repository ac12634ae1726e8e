package org.zhiben.hazards.application;

import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.Require;

/**
 * Uploads a photo or document for a hazard inside the caller's data scope, to be cited later in the rectification
 * evidence; the file is checked before anything is stored, and the upload is audited.
 */
public class AddHazardAttachment {

    private final HazardStore store;
    private final HazardAttachments attachments;

    public AddHazardAttachment(HazardStore store, HazardFiles files) {
        this.store = store;
        this.attachments = new HazardAttachments(store, files);
    }

    /** @return the stored attachment's reference */
    public AttachmentRef execute(UUID hazardId, HazardFiles.Upload upload) {
        Require.notNull(upload, "file");
        HazardId id = store.loadInScope(new HazardId(hazardId)).id();
        return attachments.add(id, upload, store.caller());
    }
}
