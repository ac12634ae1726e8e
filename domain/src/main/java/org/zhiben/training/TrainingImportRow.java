package org.zhiben.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One parsed row of a training or certificate import sheet: its line number in the file (for the report) and its
 * cells by column key ({@link TrainingRecordImport#COLUMNS}, {@link CertificateImport#COLUMNS}); a missing key reads
 * as an empty cell.
 */
public record TrainingImportRow(int lineNumber, Map<String, String> fields) {

    public TrainingImportRow {
        if (lineNumber < 1) {
            throw new InvalidValueException("lineNumber", "training.import.line-number.invalid",
                    "line numbers start at 1", lineNumber);
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Require.notNull(fields, "fields")));
    }

    /** The cell of a column, stripped; null when missing or blank. */
    public String cell(String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
