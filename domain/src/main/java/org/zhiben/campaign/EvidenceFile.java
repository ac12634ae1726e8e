package org.zhiben.campaign;

import java.util.UUID;

import org.zhiben.shared.Require;

/**
 * A file (a scan, a photo, a PDF of a document) uploaded as evidence (佐证材料) of progress on a key task, stored by
 * its SHA-256 and cited by the progress entry it supports.
 */
public record EvidenceFile(UUID id, int taskNumber, String fileName, String contentType, long size, String sha256) {

    public EvidenceFile {
        Require.notNull(id, "evidenceFile.id");
        Checks.inRange(taskNumber, 1, KeyTask.MAX_NUMBER, "taskNumber");
        fileName = Require.notBlank(fileName, "evidenceFile.fileName");
        contentType = Require.notBlank(contentType, "evidenceFile.contentType");
        sha256 = Require.notBlank(sha256, "evidenceFile.sha256");
    }
}
