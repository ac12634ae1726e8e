package org.zhiben.reporting.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileStore;
import org.zhiben.reporting.PolicyAttachment;
import org.zhiben.reporting.PolicyDocumentUpload;
import org.zhiben.reporting.storage.PolicyFiles;

/**
 * The issued documents of policies: checked by the policy documents' {@link FileContentRules} (by content, not by
 * name) before anything is stored, their content kept in the {@link FileStore} under its SHA-256.
 */
@Component
class PolicyFilesAdapter implements PolicyFiles {

    private final FileContentRules rules;
    private final FileStore files;

    PolicyFilesAdapter(@Qualifier("policyDocumentRules") FileContentRules rules, FileStore files) {
        this.rules = rules;
        this.files = files;
    }

    @Override
    public PolicyAttachment store(PolicyDocumentUpload upload) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        String type = rules.check(content, upload.contentType());
        String digest = files.store(content);
        return new PolicyAttachment(name(upload.fileName()), type, content.length, digest);
    }

    @Override
    public Optional<Path> content(PolicyAttachment attachment) {
        return files.find(attachment.sha256());
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "policy";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "policy" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
