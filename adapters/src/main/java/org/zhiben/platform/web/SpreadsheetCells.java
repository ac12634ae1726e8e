package org.zhiben.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of every CSV or spreadsheet the application writes. A value beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula by Excel or LibreOffice (CSV injection); it is
 * written with a leading apostrophe, which the spreadsheet shows as text and hides.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as a spreadsheet must hold it: formulas neutralised. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** One CSV line (RFC 4180): each value neutralised, and quoted when it holds a comma, a quote or a line break. */
    public static String csvLine(List<String> values) {
        return values.stream().map(SpreadsheetCells::neutralised).map(SpreadsheetCells::quoted)
                .collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
