package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

/**
 * The shared reader of import sheets: the header by Chinese headings or keys, rows by column key with their line in
 * the file, blank rows skipped, Excel date cells as ISO dates, whole-file refusals with the layout's codes, and rows
 * handed on while the file is still being read (a CSV of 200,000 rows is never held whole).
 */
class SheetReaderTest {

    static final SheetReader.Layout LAYOUT = new SheetReader.Layout("demo.import", List.of("code", "day", "note"),
            List.of("代码", "日期", "备注"), Set.of("note"));

    @Test
    void rows_are_read_by_chinese_heading_or_key_with_their_line_and_blank_rows_are_skipped() {
        String csv = "\uFEFF日期,code\r\n2026-12-02,\"A,1\"\r\n,\r\n\n2026-12-03,\"B\nC\"\n2026-12-04,D";
        List<SheetReader.SheetRow> rows = read("a.CSV", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(SheetReader.SheetRow::lineNumber).containsExactly(2, 5, 7);
        assertThat(rows.get(0).cells()).isEqualTo(Map.of("day", "2026-12-02", "code", "A,1"));
        assertThat(rows.get(1).cells().get("code")).isEqualTo("B\nC");
    }

    @Test
    void a_wrong_header_or_file_is_refused_as_a_whole_with_the_layouts_codes() {
        assertThat(refusal("a.csv", "代码,日期,代码\n")).isEqualTo("demo.import.header.duplicate");
        assertThat(refusal("a.csv", "代码,日期,颜色\n")).isEqualTo("demo.import.header.unknown");
        assertThat(refusal("a.csv", "代码,备注\nx,y\n")).isEqualTo("demo.import.header.missing");
        assertThat(refusal("a.csv", "")).isEqualTo("demo.import.file.empty");
        assertThat(refusal("a.csv", "代码,日期\n\"x,2026-12-02\n")).isEqualTo("demo.import.file.unclosed-quote");
        assertThat(refusal("a.txt", "代码,日期\n")).isEqualTo("demo.import.file.type");
        assertThat(refusal("a.xlsx", "代码,日期\n")).isEqualTo("demo.import.file.type");
        assertThatThrownBy(() -> read("a.csv", new byte[] {(byte) 0xC3, 0x28}))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "demo.import.file.encoding");
        assertThatThrownBy(() -> read("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "demo.import.file.unreadable");
    }

    @Test
    void an_excel_date_cell_reads_as_its_iso_date_and_empty_cells_keep_their_columns() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("代码");
            header.createCell(1).setCellValue("日期");
            header.createCell(2).setCellValue("备注");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row row = sheet.createRow(2);
            row.createCell(1).setCellValue(LocalDate.of(2024, 2, 29));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(13800000000d);
            book.write(out);
            workbook = out.toByteArray();
        }

        List<SheetReader.SheetRow> rows = read("证书.xlsx", workbook);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).lineNumber()).isEqualTo(3);
        assertThat(rows.get(0).cells()).containsEntry("day", "2024-02-29").containsEntry("note", "13800000000")
                .containsEntry("code", "");
    }

    @Test
    void rows_of_a_csv_are_handed_on_while_the_file_is_still_being_read() {
        int total = 200_000;
        CountingRows source = new CountingRows(total);
        List<Long> readWhenHandedOn = new ArrayList<>();
        int[] count = {0};

        SheetReader.read("big.csv", source, LAYOUT, row -> {
            if (count[0]++ % 50_000 == 0) {
                readWhenHandedOn.add(source.bytesRead);
            }
        });

        assertThat(count[0]).isEqualTo(total);
        assertThat(readWhenHandedOn.get(0)).isLessThan(64 * 1024);
        assertThat(readWhenHandedOn).isSorted().last().satisfies(read -> assertThat(read).isLessThan(source.bytesRead));
    }

    private static List<SheetReader.SheetRow> read(String name, byte[] content) {
        return SheetReader.readAll(name, new ByteArrayInputStream(content), LAYOUT);
    }

    private static String refusal(String name, String content) {
        try {
            read(name, content.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidValueException refused) {
            assertThat(refused.field()).isEqualTo("file");
            return refused.code();
        }
        throw new AssertionError("not refused: " + content);
    }

    /** A CSV of many rows produced as it is read, counting the bytes read so far. */
    static final class CountingRows extends InputStream {

        private final int rows;
        private int next = -1;
        private byte[] line = "代码,日期\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        long bytesRead;

        CountingRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == line.length) {
                if (++next >= rows) {
                    return -1;
                }
                line = ("C" + next + ",2026-12-02\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            bytesRead++;
            return line[position++] & 0xFF;
        }
    }
}
