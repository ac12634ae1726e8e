package org.zhiben.platform.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each heading of a multi-row heading sits, placed as HTML places table cells: each row's cells fill, left to
 * right, the columns that no cell of a row above still covers. Every heading row must come out exactly as wide as the
 * table.
 */
final class HeaderGrid {

    /** A heading placed at its first row and column (both from 0, within the heading). */
    record Placed(HeaderCell cell, int row, int column) {

        int lastRow() {
            return row + cell.rows() - 1;
        }

        int lastColumn() {
            return column + cell.columns() - 1;
        }
    }

    private final List<Placed> placed;
    private final int columns;
    private final int rows;

    private HeaderGrid(List<Placed> placed, int columns, int rows) {
        this.placed = List.copyOf(placed);
        this.columns = columns;
        this.rows = rows;
    }

    static HeaderGrid of(List<List<HeaderCell>> heading) {
        if (heading.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one heading row");
        }
        int width = heading.get(0).stream().mapToInt(HeaderCell::columns).sum();
        int height = heading.size();
        boolean[][] taken = new boolean[height][width];
        List<Placed> placed = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            int column = 0;
            for (HeaderCell cell : heading.get(row)) {
                while (column < width && taken[row][column]) {
                    column++;
                }
                if (column + cell.columns() > width || row + cell.rows() > height) {
                    throw new IllegalArgumentException("heading '" + cell.text() + "' reaches beyond the table");
                }
                for (int r = row; r < row + cell.rows(); r++) {
                    for (int c = column; c < column + cell.columns(); c++) {
                        if (taken[r][c]) {
                            throw new IllegalArgumentException("heading '" + cell.text() + "' overlaps another");
                        }
                        taken[r][c] = true;
                    }
                }
                placed.add(new Placed(cell, row, column));
                column += cell.columns();
            }
            for (int c = 0; c < width; c++) {
                if (!taken[row][c]) {
                    throw new IllegalArgumentException("heading row " + (row + 1) + " leaves column " + (c + 1)
                            + " empty");
                }
            }
        }
        return new HeaderGrid(placed, width, height);
    }

    List<Placed> placed() {
        return placed;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** The text of the lowest heading over each column: what names the column. */
    List<String> leafTexts() {
        String[] texts = new String[columns];
        for (Placed cell : placed) {
            for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                if (cell.lastRow() == rows - 1) {
                    texts[c] = cell.cell().text();
                }
            }
        }
        return List.of(texts);
    }
}
