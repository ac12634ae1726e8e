package org.zhiben.enterprises;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One parsed row of an enterprise import sheet: its line number in the file (for the report) and its cells by
 * column key. The keys are listed in {@link EnterpriseImport#COLUMNS}; a missing key reads as an empty cell.
 */
public record EnterpriseImportRow(int lineNumber, Map<String, String> fields) {

    public EnterpriseImportRow {
        if (lineNumber < 1) {
            throw new InvalidValueException("lineNumber", "enterprise.import.line-number.invalid",
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
