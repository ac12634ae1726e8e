package org.zhiben.enterprises;

import org.zhiben.shared.Require;

/**
 * Why one cell of an import row was refused: the line, the column key, the message code (an i18n key) and the
 * English default message. Never carries the refused personal data.
 */
public record RowError(int lineNumber, String field, String code, String message) {

    public RowError {
        Require.notBlank(field, "field");
        Require.notBlank(code, "code");
        Require.notBlank(message, "message");
    }
}
