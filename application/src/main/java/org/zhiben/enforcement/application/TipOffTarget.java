package org.zhiben.enforcement.application;

import org.zhiben.enforcement.TipOffId;
import org.zhiben.shared.Require;

/** Which tip-off a step is taken on, at the version the caller saw. */
public record TipOffTarget(TipOffId id, long expectedVersion) {

    public TipOffTarget {
        Require.notNull(id, "tipOffId");
    }
}
