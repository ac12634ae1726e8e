package org.zhiben.reporting;

import org.zhiben.shared.Require;

/**
 * The issued document of a policy (the file copied to the committee office), as stored: its name, the media type its
 * content shows, its size and the SHA-256 under which the file store keeps it.
 */
public record PolicyAttachment(String fileName, String contentType, long size, String sha256) {

    public PolicyAttachment {
        Require.notBlank(fileName, "fileName");
        Require.notBlank(contentType, "contentType");
        Require.notBlank(sha256, "sha256");
    }
}
