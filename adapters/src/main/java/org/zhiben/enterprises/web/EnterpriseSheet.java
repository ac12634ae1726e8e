package org.zhiben.enterprises.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhiben.enterprises.EnterpriseImport;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.shared.InvalidValueException;

/**
 * Reads an enterprise import sheet: a CSV file (UTF-8, with or without BOM, RFC 4180 quoting) or the first sheet of an
 * Excel workbook (.xlsx). The first row is the header; it names each column by its key
 * ({@link EnterpriseImport#COLUMNS}) or by its Chinese heading (统一社会信用代码, 企业名称, ...). Rows whose cells are
 * all empty are skipped. Each row keeps its line number in the file (the header is line 1) for the import report.
 * <p>
 * A file that is neither, or whose header is wrong, is refused as a whole on the field {@code file}.
 */
public final class EnterpriseSheet {

    static final String FIELD = "file";

    /** The Chinese column headings, in the order of {@link EnterpriseImport#COLUMNS}. */
    public static final List<String> CHINESE_HEADINGS = List.of("统一社会信用代码", "企业名称", "属地", "行业", "地址",
            "主要负责人", "主要负责人电话", "主要负责人邮箱", "实际控制人", "实际控制人电话", "实际控制人邮箱", "安全生产标准化等级",
            "状态", "医院等级", "重点文物保护单位", "大型商业综合体", "消防安全责任人", "消防安全责任人电话");

    /** Columns a sheet may leave out: a sheet made before the e-mail columns existed still imports. */
    private static final List<String> OPTIONAL_COLUMNS = List.of("principalEmail", "controllerEmail",
            "standardisationGrade", "status", "hospitalGrade", "keyCulturalRelicUnit", "largeCommercialComplex",
            "fireSafetyName", "fireSafetyPhone");
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final Map<String, String> KEYS_BY_HEADING = headings();

    private EnterpriseSheet() {
    }

    /** The rows of the file, in file order. */
    public static List<EnterpriseImportRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean zip = startsWith(content, ZIP_MAGIC);
        if (name.endsWith(".xlsx") && zip) {
            return rows(xlsxLines(content));
        }
        if (name.endsWith(".csv") && !zip) {
            return rows(csvLines(content));
        }
        throw new InvalidValueException(FIELD, "enterprise.import.file.type",
                "the file must be a CSV (.csv) or Excel (.xlsx) file whose content matches its name");
    }

    private static List<EnterpriseImportRow> rows(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new InvalidValueException(FIELD, "enterprise.import.file.empty", "the file has no header row");
        }
        List<String> keys = header(lines.get(0).cells());
        List<EnterpriseImportRow> rows = new ArrayList<>(lines.size());
        for (Line line : lines.subList(1, lines.size())) {
            Map<String, String> fields = new LinkedHashMap<>();
            boolean blank = true;
            for (int i = 0; i < keys.size(); i++) {
                String value = i < line.cells().size() ? line.cells().get(i) : null;
                if (keys.get(i) != null && value != null) {
                    fields.put(keys.get(i), value);
                    blank &= value.isBlank();
                }
            }
            if (!blank) {
                rows.add(new EnterpriseImportRow(line.number(), fields));
            }
        }
        return rows;
    }

    /** The column key of each header cell; null for an empty heading (a column left unused). */
    private static List<String> header(List<String> headings) {
        List<String> keys = new ArrayList<>();
        for (String heading : headings) {
            String text = heading == null ? "" : heading.replace("\uFEFF", "").strip();
            if (text.isEmpty()) {
                keys.add(null);
                continue;
            }
            String key = KEYS_BY_HEADING.get(text.toLowerCase(Locale.ROOT));
            if (key == null) {
                throw new InvalidValueException(FIELD, "enterprise.import.header.unknown",
                        "the header has an unknown column " + text, text);
            }
            if (keys.contains(key)) {
                throw new InvalidValueException(FIELD, "enterprise.import.header.duplicate",
                        "the header names column " + key + " twice", key);
            }
            keys.add(key);
        }
        for (String column : EnterpriseImport.COLUMNS) {
            if (!OPTIONAL_COLUMNS.contains(column) && !keys.contains(column)) {
                throw new InvalidValueException(FIELD, "enterprise.import.header.missing",
                        "the header lacks the column " + column, column,
                        CHINESE_HEADINGS.get(EnterpriseImport.COLUMNS.indexOf(column)));
            }
        }
        return keys;
    }

    private static Map<String, String> headings() {
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < EnterpriseImport.COLUMNS.size(); i++) {
            keys.put(EnterpriseImport.COLUMNS.get(i).toLowerCase(Locale.ROOT), EnterpriseImport.COLUMNS.get(i));
            keys.put(CHINESE_HEADINGS.get(i), EnterpriseImport.COLUMNS.get(i));
        }
        return keys;
    }

    private record Line(int number, List<String> cells) {
    }

    // ---- CSV ----

    private static List<Line> csvLines(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(FIELD, "enterprise.import.file.encoding",
                    "a CSV file must be encoded in UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidValueException(FIELD, "enterprise.import.file.type",
                    "the file must be a CSV (.csv) or Excel (.xlsx) file whose content matches its name");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean recordHasContent = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                recordHasContent = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                recordHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent || cell.length() > 0) {
                    cells.add(cell.toString());
                    lines.add(new Line(recordStart, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                recordHasContent = false;
                line++;
                recordStart = line;
            } else {
                cell.append(c);
                recordHasContent = true;
            }
        }
        if (quoted) {
            throw new InvalidValueException(FIELD, "enterprise.import.file.unclosed-quote",
                    "a quoted cell starting on line " + recordStart + " is not closed", recordStart);
        }
        if (recordHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(new Line(recordStart, List.copyOf(cells)));
        }
        return lines;
    }

    // ---- Excel ----

    private static List<Line> xlsxLines(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    Cell cell = row.getCell(column, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                }
                if (cells.stream().anyMatch(value -> !value.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException(FIELD, "enterprise.import.file.unreadable",
                    "the Excel workbook cannot be read");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
