package org.zhiben.platform.export;

/**
 * One cell of a table's heading, spanning {@code columns} columns and {@code rows} rows (merged), as the official
 * forms lay out their multi-row headings (a group heading over its sub-headings, a heading over two rows).
 */
public record HeaderCell(String text, int columns, int rows) {

    public HeaderCell {
        if (text == null) {
            throw new IllegalArgumentException("a heading needs a text");
        }
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a heading spans at least one column and one row");
        }
    }

    /** A heading of one column and one row. */
    public static HeaderCell of(String text) {
        return new HeaderCell(text, 1, 1);
    }

    /** A heading over {@code columns} columns (a group heading). */
    public static HeaderCell across(String text, int columns) {
        return new HeaderCell(text, columns, 1);
    }

    /** A heading of one column reaching down {@code rows} rows. */
    public static HeaderCell down(String text, int rows) {
        return new HeaderCell(text, 1, rows);
    }
}
