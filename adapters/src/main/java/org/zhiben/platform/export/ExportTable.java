package org.zhiben.platform.export;

import java.util.List;

/**
 * A table to export, laid out as the official forms are: a title; the unit, period and revision it is about (each
 * may be absent); a heading of one or more rows with merged cells; the body, row by row with typed cells; and notes
 * under it (what the form says about how it was filled in, who filled it in).
 *
 * <p>The body is an {@link Iterable} read once, row by row, while the file is written: a long list can be fetched page
 * by page instead of being held in memory. Every body row has as many cells as the heading has columns.
 *
 * @param sheetName the name of the workbook's sheet (the title when absent), e.g. the unit in a roll-up
 * @param widths    each column's width in characters, or empty for widths taken from the headings
 */
public record ExportTable(String title, String unit, String period, Integer revision, List<List<HeaderCell>> heading,
                          Iterable<List<ExportCell>> body, List<String> notes, String sheetName, List<Integer> widths) {

    public ExportTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an exported table needs a title");
        }
        heading = heading.stream().map(List::copyOf).toList();
        HeaderGrid grid = HeaderGrid.of(heading);
        if (body == null) {
            body = List.of();
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        widths = widths == null ? List.of() : List.copyOf(widths);
        if (!widths.isEmpty() && widths.size() != grid.columns()) {
            throw new IllegalArgumentException("widths name " + widths.size() + " columns, the heading "
                    + grid.columns());
        }
        if (revision != null && revision < 1) {
            throw new IllegalArgumentException("a revision counts from 1");
        }
    }

    /** A table titled {@code title} with a heading of one row, one column per text. */
    public static ExportTable simple(String title, List<String> columns, Iterable<List<ExportCell>> body) {
        return new ExportTable(title, null, null, null, List.of(columns.stream().map(HeaderCell::of).toList()), body,
                List.of(), null, null);
    }

    /** A table with the given multi-row heading. */
    public static ExportTable of(String title, List<List<HeaderCell>> heading, Iterable<List<ExportCell>> body) {
        return new ExportTable(title, null, null, null, heading, body, List.of(), null, null);
    }

    public ExportTable withUnit(String unit) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    /** The period as shown, e.g. 2026年11月 or 2026年第四季度. */
    public ExportTable withPeriod(String period) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    public ExportTable withRevision(int revision) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    public ExportTable withNotes(List<String> notes) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    public ExportTable withSheetName(String sheetName) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    public ExportTable withWidths(List<Integer> widths) {
        return new ExportTable(title, unit, period, revision, heading, body, notes, sheetName, widths);
    }

    int columns() {
        return grid().columns();
    }

    HeaderGrid grid() {
        return HeaderGrid.of(heading);
    }

    /** The widths in characters: as given, or each column's lowest heading's length (at least 8, at most 40). */
    List<Integer> columnWidths() {
        if (!widths.isEmpty()) {
            return widths;
        }
        return grid().leafTexts().stream().map(text -> Math.max(8, Math.min(40, text.length() * 2 + 2))).toList();
    }
}
