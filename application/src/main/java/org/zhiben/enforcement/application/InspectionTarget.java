package org.zhiben.enforcement.application;

import org.zhiben.enforcement.InspectionId;
import org.zhiben.shared.Require;

/** Which inspection a step acts on, at the version the caller saw (else 412). */
public record InspectionTarget(InspectionId id, long expectedVersion) {

    public InspectionTarget {
        Require.notNull(id, "inspectionId");
    }
}
