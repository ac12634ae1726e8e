package org.zhiben.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * One thing a caller may do. The {@link #scope()} names are stable: they are stored with API clients and used as
 * OAuth2 scopes, so they must never be renamed.
 */
public enum Permission {

    ORGANIZATION_READ("organization:read", true),
    CAMPAIGN_READ("campaign:read", true),
    CAMPAIGN_PROGRESS_WRITE("campaign:progress:write", false),
    /** Ask who leads and who co-manages a matter, and why (a query: it changes nothing). */
    RESPONSIBILITY_RESOLVE("responsibility:resolve", true),
    ENTERPRISES_READ("enterprises:read", true),
    ENTERPRISES_WRITE("enterprises:write", false),
    HAZARDS_READ("hazards:read", true),
    /** Report a hazard: enterprise self-inspection, inspection finding, verified tip-off. */
    HAZARDS_REPORT("hazards:report", false),
    /** Supervise hazards: determine, verify rectification, write off, list for supervision, escalate. */
    HAZARDS_SUPERVISE("hazards:supervise", false),
    STANDARDS_READ("standards:read", true),
    STANDARDS_WRITE("standards:write", false),
    /** Read tip-offs without the whistleblower's identity. */
    TIPOFFS_READ("tipoffs:read", true),
    /** Read the whistleblower's identity of a tip-off. */
    TIPOFFS_IDENTITY_READ("tipoffs:identity:read", true),
    USERS_MANAGE("users:manage", false),
    AUDIT_READ("audit:read", true);

    private final String scope;
    private final boolean readOnly;

    Permission(String scope, boolean readOnly) {
        this.scope = scope;
        this.readOnly = readOnly;
    }

    /** The stable name, e.g. {@code hazards:report}. */
    public String scope() {
        return scope;
    }

    /** Whether the permission only lets one read (never change) data. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The permission with the given stable name, if there is one. */
    public static Optional<Permission> ofScope(String scope) {
        return Arrays.stream(values()).filter(p -> p.scope.equals(scope)).findFirst();
    }

    @Override
    public String toString() {
        return scope;
    }
}
