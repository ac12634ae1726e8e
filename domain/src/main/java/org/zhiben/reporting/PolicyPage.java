package org.zhiben.reporting;

import java.util.List;

/** One page of compiled policy lines, with how many lines the whole compilation holds. */
public record PolicyPage(List<PolicyEntry> entries, int page, int size, long total) {

    public PolicyPage {
        entries = List.copyOf(entries);
    }
}
