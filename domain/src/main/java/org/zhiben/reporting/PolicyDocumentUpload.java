package org.zhiben.reporting;

/** The issued document of a policy as uploaded: its name and declared type as sent, and its content. */
public record PolicyDocumentUpload(String fileName, String contentType, byte[] content) {
}
