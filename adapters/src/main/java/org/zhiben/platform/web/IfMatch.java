package org.zhiben.platform.web;

import org.springframework.http.ResponseEntity;
import org.zhiben.shared.InvalidValueException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version in quotes ({@code "3"}); a change must send the
 * ETag it last read as {@code If-Match}. Without it the change is refused with 428, with a malformed one with 400; a
 * stale version is the use case's business (412).
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names. {@code If-Match} compares strongly (RFC 9110 13.1.1): a weak tag
     * ({@code W/"3"}) never matches, and the change is refused with 412.
     */
    /** A resource read or changed, answered with its version as {@code ETag}. */
    public static <T> ResponseEntity<T> answer(long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** The version an {@code If-Match} header names; a weak tag ({@code W/"3"}) is read like a strong one. */
    public static long requiredVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            throw new WeakEntityTagException();
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException malformed) {
            // refused below
        }
        throw new InvalidValueException(HEADER, "concurrency.if-match.invalid",
                "If-Match must be the ETag of the version last read, e.g. \"3\"");
    }
}
