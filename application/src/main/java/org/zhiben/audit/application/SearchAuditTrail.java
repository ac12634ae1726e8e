package org.zhiben.audit.application;

import org.zhiben.audit.AuditPage;
import org.zhiben.audit.AuditTrail;

/** Finds entries of the audit trail by who, which entity and when, newest first, one page at a time. */
public class SearchAuditTrail {

    private final AuditTrail trail;

    public SearchAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    public AuditPage search(SearchAuditTrailQuery query) {
        return trail.search(query.criteria(), query.page(), query.size());
    }
}
