package org.zhiben.enforcement;

/** A photo or document of an inspection as uploaded: its name, its declared type and its bytes. */
public record EvidenceUpload(String fileName, String contentType, byte[] content) {
}
