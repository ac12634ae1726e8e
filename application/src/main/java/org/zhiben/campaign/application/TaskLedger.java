package org.zhiben.campaign.application;

import java.util.List;

import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.TaskLedgerLine;

/**
 * One key task in the ledger with all its progress entries, newest first.
 */
public record TaskLedger(TaskLedgerLine line, List<ProgressEntry> entries) {

    public TaskLedger {
        entries = List.copyOf(entries);
    }
}
