package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * RECTIFYING → RECTIFIED with evidence that cites attachments already uploaded for the hazard
 * ({@code attachmentIds}) and/or files uploaded with the submission ({@code uploads}, stored in the same transaction:
 * a refused submission leaves none of them behind).
 */
public record SubmitEvidenceCommand(HazardId hazardId, long expectedVersion, String evidence,
        List<java.util.UUID> attachmentIds, List<HazardFiles.Upload> uploads, Actor actor, String reason) {

    public SubmitEvidenceCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        Require.notNull(evidence, "evidence");
    }
}
