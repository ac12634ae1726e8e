package org.zhiben.enterprises;

import java.util.List;
import org.zhiben.shared.Require;

/**
 * Outcome of an enterprise import: how many enterprises were created, updated, or found unchanged, and every refused
 * cell by line. A refused row is skipped; the others are imported.
 */
public record ImportReport(int created, int updated, int unchanged, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(Require.notNull(errors, "errors"));
    }

    /** The number of rows refused (a row may have several errors). */
    public long rejected() {
        return errors.stream().mapToInt(RowError::lineNumber).distinct().count();
    }
}
