package org.zhiben.reporting;

import java.time.Instant;
import org.zhiben.shared.Require;

/**
 * The committee office's decision on one revision: accepted, or returned with its reasons.
 *
 * @param reason the reasons of a return; {@code null} for an acceptance
 */
public record SubmissionReview(int revision, boolean accepted, String reason, Instant at, String by) {

    public SubmissionReview {
        Require.notNull(at, "at");
        Require.notBlank(by, "by");
    }
}
