package org.zhiben.enterprises;

import java.util.List;
import org.zhiben.shared.Require;

/**
 * Why one cell of an import row was refused: the line, the column key, the message code (an i18n key), the English
 * default message and the arguments of the message. Never carries the refused personal data.
 */
public record RowError(int lineNumber, String field, String code, String message, List<Object> arguments) {

    public RowError {
        Require.notBlank(field, "field");
        Require.notBlank(code, "code");
        Require.notBlank(message, "message");
        arguments = List.copyOf(Require.notNull(arguments, "arguments"));
    }
}
