package org.zhiben.hazards;

import java.util.UUID;
import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Reference to a stored file (photo, scanned report, rectification evidence). The file itself lives in the file
 * store; the hazard keeps its identity, name, type, size and SHA-256 digest so that later tampering can be detected.
 */
public record AttachmentRef(UUID id, String fileName, String contentType, long size, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public AttachmentRef {
        Require.notNull(id, "attachment.id");
        fileName = Require.maxLength(Require.notBlank(fileName, "attachment.fileName"), 255, "attachment.fileName");
        contentType = Require.maxLength(Require.notBlank(contentType, "attachment.contentType"), 100,
                "attachment.contentType");
        if (size < 0) {
            throw new InvalidValueException("attachment.size", "hazard.attachment.size-negative",
                    "attachment size must not be negative", size);
        }
        Require.notNull(sha256, "attachment.sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new InvalidValueException("attachment.sha256", "hazard.attachment.sha256-invalid",
                    "sha256 must be 64 lower-case hexadecimal characters");
        }
    }
}
