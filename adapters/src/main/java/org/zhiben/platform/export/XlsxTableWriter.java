package org.zhiben.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhiben.platform.web.SpreadsheetCells;

/**
 * Writes tables as the sheets of one {@code .xlsx} workbook with POI's streaming {@link SXSSFWorkbook}: only a window
 * of rows is in memory, the rest goes to a compressed temporary file, so a list of any length can be written. Each
 * sheet: the title merged across the table, the unit, period and revision under it, the heading with its merged cells
 * and borders, frozen so that it stays in view; numbers, percentages and dates stored as such with a display format;
 * text with formulas neutralised ({@link SpreadsheetCells}); the notes under the table.
 */
final class XlsxTableWriter {

    /** Rows kept in memory while writing; older ones are flushed to the temporary file. */
    static final int WINDOW = 200;

    private final String dayFormat;

    /** @param dayFormat the display format of days, e.g. {@code yyyy"年"m"月"d"日"} */
    XlsxTableWriter(String dayFormat) {
        this.dayFormat = dayFormat;
    }

    void write(List<Captioned> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            for (Captioned table : tables) {
                writeSheet(workbook, styles, table, uniqueName(table, sheetNames));
            }
            workbook.write(out);
        }
    }

    private void writeSheet(SXSSFWorkbook workbook, Styles styles, Captioned captioned, String name) {
        ExportTable table = captioned.table();
        HeaderGrid grid = table.grid();
        int columns = grid.columns();
        Sheet sheet = workbook.createSheet(name);
        List<Integer> widths = table.columnWidths();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
        int line = 0;
        line = spanning(sheet, line, columns, table.title(), styles.title);
        sheet.getRow(0).setHeightInPoints(24);
        if (captioned.details() != null) {
            line = spanning(sheet, line, columns, captioned.details(), styles.details);
        }
        int headingStart = line;
        for (int r = 0; r < grid.rows(); r++) {
            Row row = sheet.createRow(headingStart + r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellStyle(styles.heading);
            }
        }
        for (HeaderGrid.Placed placed : grid.placed()) {
            sheet.getRow(headingStart + placed.row()).getCell(placed.column()).setCellValue(placed.cell().text());
            if (placed.cell().rows() > 1 || placed.cell().columns() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(headingStart + placed.row(), headingStart + placed.lastRow(),
                        placed.column(), placed.lastColumn()));
            }
        }
        line = headingStart + grid.rows();
        sheet.createFreezePane(0, line);
        for (List<ExportCell> values : table.body()) {
            if (values.size() != columns) {
                throw new IllegalArgumentException("a row of '" + table.title() + "' has " + values.size()
                        + " cells, the heading " + columns + " columns");
            }
            Row row = sheet.createRow(line++);
            for (int c = 0; c < columns; c++) {
                write(row.createCell(c), values.get(c), styles);
            }
        }
        for (String note : table.notes()) {
            line = spanning(sheet, line, columns, note, styles.note);
        }
    }

    private static int spanning(Sheet sheet, int line, int columns, String text, CellStyle style) {
        Row row = sheet.createRow(line);
        Cell cell = row.createCell(0);
        cell.setCellValue(SpreadsheetCells.neutralised(text));
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(line, line, 0, columns - 1));
        }
        return line + 1;
    }

    private static void write(Cell cell, ExportCell value, Styles styles) {
        if (value instanceof ExportCell.Text text) {
            cell.setCellValue(SpreadsheetCells.neutralised(text.value()));
            cell.setCellStyle(styles.text);
        } else if (value instanceof ExportCell.Number number) {
            cell.setCellValue(number.value().doubleValue());
            cell.setCellStyle(styles.number(number.decimals()));
        } else if (value instanceof ExportCell.Percent percent) {
            cell.setCellValue(percent.fraction().doubleValue());
            cell.setCellStyle(styles.percent(percent.decimals()));
        } else if (value instanceof ExportCell.Day day) {
            cell.setCellValue(day.value());
            cell.setCellStyle(styles.day);
        } else {
            cell.setCellStyle(styles.text);
        }
    }

    private static String uniqueName(Captioned table, Set<String> taken) {
        String wanted = table.table().sheetName() != null ? table.table().sheetName() : table.table().title();
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** A table with its line of unit, period and revision as written under the title (null when none). */
    record Captioned(ExportTable table, String details) {
    }

    private final class Styles {

        final SXSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle details;
        final CellStyle heading;
        final CellStyle text;
        final CellStyle note;
        final CellStyle day;
        final Map<Integer, CellStyle> numbers = new HashMap<>();
        final Map<Integer, CellStyle> percents = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            details = workbook.createCellStyle();
            details.setAlignment(HorizontalAlignment.LEFT);
            note = workbook.createCellStyle();
            note.setWrapText(false);
            heading = bordered();
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
            day = bordered();
            day.setDataFormat(workbook.createDataFormat().getFormat(dayFormat));
        }

        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> formatted(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
        }

        CellStyle percent(int decimals) {
            return percents.computeIfAbsent(decimals, d -> formatted(d == 0 ? "0%" : "0." + "0".repeat(d) + "%"));
        }

        private CellStyle formatted(String format) {
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
