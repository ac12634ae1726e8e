package org.zhiben.audit.application;

import org.zhiben.audit.AuditCriteria;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Look up entries of the audit trail.
 *
 * @param page from 0
 * @param size 1 to {@value #MAXIMUM_PAGE_SIZE}
 */
public record SearchAuditTrailQuery(AuditCriteria criteria, int page, int size) {

    public static final int MAXIMUM_PAGE_SIZE = 200;

    public SearchAuditTrailQuery {
        Require.notNull(criteria, "criteria");
        if (page < 0) {
            throw new InvalidValueException("page", "audit.search.page-invalid", "the page number starts at 0");
        }
        if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
            throw new InvalidValueException("size", "audit.search.size-invalid",
                    "a page holds 1 to " + MAXIMUM_PAGE_SIZE + " entries", MAXIMUM_PAGE_SIZE);
        }
    }
}
