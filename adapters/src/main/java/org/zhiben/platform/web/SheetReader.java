package org.zhiben.platform.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.zhiben.shared.InvalidValueException;

/**
 * Reads an import sheet row by row without holding the file in memory: a CSV file (UTF-8, with or without BOM,
 * RFC 4180 quoting) read as a stream of characters, or the first sheet of an Excel workbook (.xlsx) read by POI's
 * event API from a temporary copy of the upload (the copy is deleted afterwards). The first non-empty row is the
 * header; it names each column by its key or its Chinese heading ({@link Layout}); rows whose cells are all empty are
 * skipped. Each row keeps its line number in the file (the header is line 1 when it is the first) for the report. An
 * Excel cell formatted as a date reads as {@code 2026-12-02}.
 * <p>
 * A file that is neither, or whose header is wrong, is refused as a whole with an {@link InvalidValueException} on the
 * field {@code file}, whose code is the layout's prefix followed by {@code .file.type}, {@code .file.encoding},
 * {@code .file.unreadable}, {@code .file.empty}, {@code .file.unclosed-quote}, {@code .header.unknown},
 * {@code .header.duplicate} or {@code .header.missing}. The header is checked before the first row is handed on; a
 * file found broken further down throws after some rows were handed on, so the caller reads the whole file in one
 * transaction to store nothing of a refused file.
 */
public final class SheetReader {

    public static final String FIELD = "file";

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    /**
     * The columns a sheet may have.
     *
     * @param codePrefix      the prefix of the codes of a refused file ({@code enterprise.import})
     * @param columns         the column keys, in template order
     * @param chineseHeadings the Chinese heading of each column, in the same order
     * @param optional        the keys of the columns a sheet may leave out
     */
    public record Layout(String codePrefix, List<String> columns, List<String> chineseHeadings, Set<String> optional) {

        public Layout {
            columns = List.copyOf(columns);
            chineseHeadings = List.copyOf(chineseHeadings);
            optional = Set.copyOf(optional);
            if (columns.size() != chineseHeadings.size() || !columns.containsAll(optional)) {
                throw new IllegalArgumentException("every column needs a heading; optional columns are columns");
            }
        }

        /** The Chinese heading of a column key. */
        public String headingOf(String column) {
            int index = columns.indexOf(column);
            return index < 0 ? column : chineseHeadings.get(index);
        }

        private Map<String, String> keysByHeading() {
            Map<String, String> keys = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                keys.put(columns.get(i).toLowerCase(Locale.ROOT), columns.get(i));
                keys.put(chineseHeadings.get(i), columns.get(i));
            }
            return keys;
        }
    }

    /** One row of the sheet: its line in the file and its cells by column key (a column left out is absent). */
    public record SheetRow(int lineNumber, Map<String, String> cells) {
    }

    private SheetReader() {
    }

    /**
     * Reads the file and hands each row on, in file order.
     *
     * @param fileName the name of the uploaded file: {@code .csv} or {@code .xlsx} (any case)
     * @param content  the file's content; read once, not closed
     */
    public static void read(String fileName, InputStream content, Layout layout, Consumer<SheetRow> rows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        BufferedInputStream in = new BufferedInputStream(content);
        boolean zip = startsWithZipMagic(in);
        if (name.endsWith(".xlsx") && zip) {
            readXlsx(in, new Rows(layout, rows));
        } else if (name.endsWith(".csv") && !zip) {
            readCsv(in, new Rows(layout, rows));
        } else {
            throw refused(layout, "file.type",
                    "the file must be a CSV (.csv) or Excel (.xlsx) file whose content matches its name");
        }
    }

    /** Every row of the file, in file order: for a caller that keeps them all anyway. */
    public static List<SheetRow> readAll(String fileName, InputStream content, Layout layout) {
        List<SheetRow> rows = new ArrayList<>();
        read(fileName, content, layout, rows::add);
        return rows;
    }

    private static InvalidValueException refused(Layout layout, String what, String message, Object... arguments) {
        return new InvalidValueException(FIELD, layout.codePrefix() + "." + what, message, arguments);
    }

    /** Turns lines of cells into rows: the first is the header, the others are handed on by column key. */
    private static final class Rows {

        private final Layout layout;
        private final Consumer<SheetRow> rows;
        private final Map<String, String> keysByHeading;
        private List<String> keys;

        Rows(Layout layout, Consumer<SheetRow> rows) {
            this.layout = layout;
            this.rows = rows;
            this.keysByHeading = layout.keysByHeading();
        }

        void line(int number, List<String> cells) {
            if (keys == null) {
                keys = header(cells);
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean blank = true;
            for (int i = 0; i < keys.size(); i++) {
                String value = i < cells.size() ? cells.get(i) : null;
                if (keys.get(i) != null && value != null) {
                    fields.put(keys.get(i), value);
                    blank &= value.isBlank();
                }
            }
            if (!blank) {
                rows.accept(new SheetRow(number, Collections.unmodifiableMap(fields)));
            }
        }

        void end() {
            if (keys == null) {
                throw refused(layout, "file.empty", "the file has no header row");
            }
        }

        /** The column key of each header cell; null for an empty heading (a column left unused). */
        private List<String> header(List<String> headings) {
            List<String> found = new ArrayList<>();
            for (String heading : headings) {
                String text = heading == null ? "" : heading.replace("\uFEFF", "").strip();
                if (text.isEmpty()) {
                    found.add(null);
                    continue;
                }
                String key = keysByHeading.get(text.toLowerCase(Locale.ROOT));
                if (key == null) {
                    key = keysByHeading.get(text);
                }
                if (key == null) {
                    throw refused(layout, "header.unknown", "the header has an unknown column " + text, text);
                }
                if (found.contains(key)) {
                    throw refused(layout, "header.duplicate", "the header names column " + key + " twice", key);
                }
                found.add(key);
            }
            for (String column : layout.columns()) {
                if (!layout.optional().contains(column) && !found.contains(column)) {
                    throw refused(layout, "header.missing", "the header lacks the column " + column, column,
                            layout.headingOf(column));
                }
            }
            return found;
        }
    }

    // ---- CSV ----

    private static void readCsv(InputStream content, Rows rows) {
        Chars reader = new Chars(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean recordHasContent = false;
        boolean first = true;
        int line = 1;
        int recordStart = 1;
        try {
            int c = reader.read();
            while (c >= 0) {
                int next = reader.read();
                if (first && c == '\uFEFF') {
                    first = false;
                    c = next;
                    continue;
                }
                first = false;
                if (c == '\0') {
                    throw refused(rows.layout, "file.type",
                            "the file must be a CSV (.csv) or Excel (.xlsx) file whose content matches its name");
                }
                if (quoted) {
                    if (c == '"') {
                        if (next == '"') {
                            cell.append('"');
                            next = reader.read();
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    recordHasContent = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    recordHasContent = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && next == '\n') {
                        next = reader.read();
                    }
                    if (recordHasContent || cell.length() > 0) {
                        cells.add(cell.toString());
                        rows.line(recordStart, List.copyOf(cells));
                    }
                    cells.clear();
                    cell.setLength(0);
                    recordHasContent = false;
                    line++;
                    recordStart = line;
                } else {
                    cell.append((char) c);
                    recordHasContent = true;
                }
                c = next;
            }
        } catch (CharacterCodingException e) {
            throw refused(rows.layout, "file.encoding", "a CSV file must be encoded in UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
        if (quoted) {
            throw refused(rows.layout, "file.unclosed-quote",
                    "a quoted cell starting on line " + recordStart + " is not closed", recordStart);
        }
        if (recordHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            rows.line(recordStart, List.copyOf(cells));
        }
        rows.end();
    }

    /**
     * The characters of a reader through a buffer of its own: one call per character without the lock that
     * {@link java.io.BufferedReader#read()} takes each time (a large file has tens of millions of characters).
     */
    private static final class Chars {

        private final Reader in;
        private final char[] buffer = new char[16_384];
        private int position;
        private int length;

        Chars(Reader in) {
            this.in = in;
        }

        int read() throws IOException {
            while (position == length) {
                int read = in.read(buffer, 0, buffer.length);
                if (read < 0) {
                    return -1;
                }
                position = 0;
                length = read;
            }
            return buffer[position++];
        }
    }

    // ---- Excel ----

    /** A failure of the consumer of the rows, carried through POI's SAX parser unchanged. */
    private static final class RowFailure extends RuntimeException {

        RowFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private static void readXlsx(InputStream content, Rows rows) {
        Path copy = null;
        try {
            copy = Files.createTempFile("zhiben-import-", ".xlsx");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                                new ReadOnlySharedStringsTable(workbook), new SheetLines(rows), new IsoDates(),
                                false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        } catch (RowFailure failure) {
            throw (RuntimeException) failure.getCause();
        } catch (Exception e) {
            throw refused(rows.layout, "file.unreadable", "the Excel workbook cannot be read");
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
        rows.end();
    }

    /** Collects the cells of each sheet row (POI skips empty cells) and hands the row on when it ends. */
    private static final class SheetLines implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private int column;

        SheetLines(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            column = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int index = cellReference == null ? column : new CellReference(cellReference).getCol();
            while (cells.size() < index) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            column = index + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(value -> !value.isBlank())) {
                try {
                    rows.line(rowNum + 1, List.copyOf(cells));
                } catch (RuntimeException e) {
                    throw new RowFailure(e);
                }
            }
        }
    }

    /** Formats cells as the sheet shows them, except that a date reads as an ISO date ({@code 2026-12-02}). */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getJavaDate(value, use1904, java.util.TimeZone.getTimeZone(ZoneOffset.UTC))
                        .toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    private static boolean startsWithZipMagic(BufferedInputStream in) {
        try {
            in.mark(ZIP_MAGIC.length);
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            in.reset();
            if (head.length < ZIP_MAGIC.length) {
                return false;
            }
            for (int i = 0; i < ZIP_MAGIC.length; i++) {
                if (head[i] != ZIP_MAGIC[i]) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
