package org.zhiben.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.zhiben.shared.Require;

/**
 * What a unit submitted, frozen: the content exactly as submitted, its remarks, the reason of a revision after the
 * first (a correction or a resubmission after a return), when and by whom, and the SHA-256 digest of the content that
 * shows it unchanged. A revision is never changed; a correction is a new revision.
 *
 * @param number the revision's number, 1 for the first submission
 * @param reason why the unit revised its submission; {@code null} for revision 1
 */
public record SubmissionRevision(int number, String content, String remarks, String reason, Instant submittedAt,
                                 String submittedBy, String digest) {

    public SubmissionRevision {
        if (number < 1) {
            throw new IllegalArgumentException("a revision is numbered from 1");
        }
        Require.notNull(content, "content");
        Require.notNull(submittedAt, "submittedAt");
        Require.notBlank(submittedBy, "submittedBy");
        Require.notBlank(digest, "digest");
    }

    /** A revision frozen now, its digest computed from the content. */
    public static SubmissionRevision freeze(int number, String content, String remarks, String reason, Instant at,
            String by) {
        return new SubmissionRevision(number, content, remarks, reason, at, by, digestOf(content));
    }

    /** The SHA-256 digest of the content, in hexadecimal. */
    public static String digestOf(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** Whether the content is still the one frozen (its digest matches). */
    public boolean intact() {
        return digest.equals(digestOf(content));
    }
}
