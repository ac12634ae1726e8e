package org.zhiben.reporting.storage;

import java.util.Optional;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyPage;
import org.zhiben.shared.UnitCode;

/** Where the lines of the policy statistics table (附表2) are kept (the module's write port). */
public interface PolicyEntries {

    /** Stores a new line at version 0. */
    void add(PolicyEntry entry);

    /**
     * Stores a changed line if it is still at {@code entry.version()} and returns its new version.
     *
     * @throws org.zhiben.shared.StaleVersionException when it was changed meanwhile
     */
    long update(PolicyEntry entry);

    Optional<PolicyEntry> findById(PolicyEntryId id);

    /** The unit's line with this document number, if it entered one. */
    Optional<PolicyEntry> findByDocumentNumber(UnitCode unit, String documentNumber);

    /** One page of the lines the filter keeps, the latest issued first. */
    PolicyPage search(PolicyFilter filter);
}
