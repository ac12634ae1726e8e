package org.zhiben.campaign.application;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;

/**
 * Uploads a file as evidence (佐证材料) for progress on a key task, to be cited by the progress entry: only a caller who
 * may report on the task uploads ({@code campaign.evidence.not-responsible}, 403); the file is checked before anything
 * is stored, and the upload is audited ({@code evidence-file.uploaded}).
 */
public class AddEvidenceFile {

    static final String ENTITY = "EvidenceFile";
    static final String UPLOADED = "evidence-file.uploaded";

    private final EvidenceFiles files;
    private final ActingUnits actingUnits;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public AddEvidenceFile(EvidenceFiles files, ActingUnits actingUnits, CurrentActors currentActors,
                           AuditRecorder audit) {
        this.files = files;
        this.actingUnits = actingUnits;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    public EvidenceFile add(int taskNumber, EvidenceFiles.Upload upload) {
        Require.notNull(upload, "file");
        if (actingUnits.reportingUnits(taskNumber).isEmpty()) {
            throw new NotPermittedException("campaign.evidence.not-responsible",
                    "the caller reports for no unit responsible for this task", taskNumber);
        }
        Actor actor = currentActors.actor();
        EvidenceFile file = files.add(taskNumber, upload, actor);
        audit.record(actor, ENTITY, file.id().toString(), UPLOADED, null,
                "task=" + taskNumber + " type=" + file.contentType() + " size=" + file.size() + " sha256="
                        + file.sha256());
        return file;
    }
}
