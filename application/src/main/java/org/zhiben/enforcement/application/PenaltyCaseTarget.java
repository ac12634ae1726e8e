package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.shared.Require;

/** Which penalty case a step acts on, at the version the caller saw. */
public record PenaltyCaseTarget(PenaltyCaseId id, long expectedVersion) {

    public PenaltyCaseTarget {
        Require.notNull(id, "caseId");
    }
}
