package org.zhiben.training;

import java.util.List;
import org.zhiben.enterprises.RowError;
import org.zhiben.shared.Require;

/**
 * Outcome of a training or certificate import: how many rows the file held, how many records were created, how many
 * rows matched a stored record exactly (unchanged: importing the same file again creates nothing), how many rows were
 * refused, and the refused cells by line — at most {@link SheetImport#MAX_LISTED_ERRORS} of them, so that a huge bad
 * file does not fill the memory; {@code errorsOmitted} says how many more there were.
 */
public record TrainingImportReport(int rows, int created, int unchanged, int rejected, List<RowError> errors,
        int errorsOmitted) {

    public TrainingImportReport {
        errors = List.copyOf(Require.notNull(errors, "errors"));
    }
}
