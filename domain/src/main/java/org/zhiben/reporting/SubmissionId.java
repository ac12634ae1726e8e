package org.zhiben.reporting;

import java.util.UUID;
import org.zhiben.shared.Require;

/** The identity of a unit's submission of one report. */
public record SubmissionId(UUID value) {

    public SubmissionId {
        Require.notNull(value, "submissionId");
    }

    public static SubmissionId newId() {
        return new SubmissionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
