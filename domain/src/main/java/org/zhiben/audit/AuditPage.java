package org.zhiben.audit;

import java.util.List;

/**
 * One page of audit entries found by a search, newest first.
 *
 * @param page         the page number, from 0
 * @param totalEntries how many entries match in all
 */
public record AuditPage(List<AuditEntry> entries, long totalEntries, int page, int size) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
