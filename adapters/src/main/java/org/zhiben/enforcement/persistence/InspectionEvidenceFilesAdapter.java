package org.zhiben.enforcement.persistence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.storage.EvidenceFiles;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileStore;

/**
 * The photos and documents of inspections: checked by the evidence's {@link FileContentRules} (by content, not by
 * name) before anything is stored, their content kept in the {@link FileStore} under its SHA-256; the reference is
 * kept with the inspection's document.
 */
@Component
class InspectionEvidenceFilesAdapter implements EvidenceFiles {

    private final FileContentRules rules;
    private final FileStore files;

    InspectionEvidenceFilesAdapter(@Qualifier("inspectionEvidenceRules") FileContentRules rules, FileStore files) {
        this.rules = rules;
        this.files = files;
    }

    @Override
    public AttachmentRef store(EvidenceUpload upload) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        String type = rules.check(content, upload.contentType());
        String digest = files.store(content);
        return new AttachmentRef(UUID.randomUUID(), name(upload.fileName()), type, content.length, digest);
    }

    @Override
    public Optional<Path> content(AttachmentRef file) {
        return files.find(file.sha256());
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "evidence";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "evidence" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
