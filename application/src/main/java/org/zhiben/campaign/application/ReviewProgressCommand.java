package org.zhiben.campaign.application;

import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The lead unit of a key task reviews a progress entry: accepts it, or returns it to the unit with a reason.
 *
 * @param expectedVersion the entry's version the reviewer saw (If-Match)
 * @param reviewingUnit   the lead unit in whose name the caller reviews
 * @param accept          true to accept, false to return
 * @param reason          why it is returned; required to return, ignored to accept
 */
public record ReviewProgressCommand(ProgressEntryId entryId, long expectedVersion, UnitCode reviewingUnit,
                                    boolean accept, String reason) {

    public ReviewProgressCommand {
        Require.notNull(entryId, "entryId");
        Require.notNull(reviewingUnit, "reviewingUnit");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
