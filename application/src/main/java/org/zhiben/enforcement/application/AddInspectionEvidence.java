package org.zhiben.enforcement.application;

import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.storage.EvidenceFiles;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;

/**
 * One of the inspectors keeps a photo or document with the open inspection (执法全过程记录): the file is checked by its
 * content (type and size) before it is stored, and its reference with its SHA-256 is kept with the inspection.
 */
public class AddInspectionEvidence {

    public static final String ACTION = "inspection.evidence-added";

    private final EnforcementStore store;
    private final EvidenceFiles files;

    public AddInspectionEvidence(EnforcementStore store, EvidenceFiles files) {
        this.store = store;
        this.files = files;
    }

    /** The inspection as stored with the file, and the file's reference. */
    public record Result(Inspection inspection, AttachmentRef evidence) {
    }

    public Result execute(InspectionTarget target, EvidenceUpload upload) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        // refused before the file is stored: a closed inspection, or a caller who is not one of its inspectors
        if (inspection.closed()) {
            throw new RuleViolationException("enforcement.inspection.closed", "the inspection is closed");
        }
        if (!inspection.inspectors().contains(store.caller().username())) {
            throw new NotPermittedException("enforcement.inspection.not-an-inspector",
                    "only the inspection's own inspectors act on it", store.caller().username());
        }
        AttachmentRef ref = files.store(upload);
        inspection.addEvidence(ref, store.caller());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "file=" + ref.id() + ";type=" + ref.contentType()
                + ";sha256=" + ref.sha256());
        return new Result(stored, ref);
    }
}
