package org.zhiben.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Tables exported as the official forms lay them out: a two-row heading with merged cells, numbers stored as numbers,
 * the unit, period and revision under the title; the xlsx read back with POI, the PDF read back with pdftotext.
 */
class TableExportsTest {

    static final CjkFont FONT = new CjkFont("");

    TableExports exports;

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform-export/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        exports = new TableExports(messages, FONT);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** A heading like 附表1's: 序号 and 单位 over two rows, 期初存量 over two columns, 新增 over three. */
    static ExportTable stockLike() {
        List<List<HeaderCell>> heading = List.of(
                List.of(HeaderCell.down("序号", 2), HeaderCell.down("单位", 2), HeaderCell.across("期初存量", 2),
                        HeaderCell.across("本月新增", 3), HeaderCell.down("整改率", 2), HeaderCell.down("整改期限", 2)),
                List.of(HeaderCell.of("合计"), HeaderCell.of("其中2023年及以前"), HeaderCell.of("自查"),
                        HeaderCell.of("检查发现"), HeaderCell.of("举报")));
        List<List<ExportCell>> body = List.of(
                List.of(ExportCell.count(1), ExportCell.text("阿图什市"), ExportCell.count(1234), ExportCell.count(56),
                        ExportCell.count(7), ExportCell.count(8), ExportCell.count(0),
                        ExportCell.percent(new BigDecimal("0.853"), 1), ExportCell.day(LocalDate.of(2026, 12, 2))),
                List.of(ExportCell.count(2), ExportCell.text("=HYPERLINK(\"x\")"), ExportCell.count(3),
                        ExportCell.empty(), ExportCell.yuanFromFen(150_000), ExportCell.count(0), ExportCell.count(0),
                        ExportCell.percent(BigDecimal.ONE, 1), ExportCell.empty()));
        return ExportTable.of("重大事故隐患存量统计表", heading, body).withUnit("克州应急管理局")
                .withPeriod("2026年11月").withRevision(2).withNotes(List.of("填表人：张三"));
    }

    @Test
    void the_xlsx_has_the_merged_heading_a_frozen_heading_and_numbers_as_numbers() throws Exception {
        byte[] xlsx = exports.xlsx(List.of(stockLike()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("重大事故隐患存量统计表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("重大事故隐患存量统计表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：克州应急管理局　　统计期：2026年11月　　版次：第2版");
            assertThat(sheet.getMergedRegions()).contains(
                    CellRangeAddress.valueOf("A1:I1"), CellRangeAddress.valueOf("A2:I2"),
                    CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("B3:B4"),
                    CellRangeAddress.valueOf("C3:D3"), CellRangeAddress.valueOf("E3:G3"),
                    CellRangeAddress.valueOf("H3:H4"), CellRangeAddress.valueOf("I3:I4"));
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("期初存量");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("其中2023年及以前");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

            var first = sheet.getRow(4);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(0.853);
            assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            var second = sheet.getRow(5);
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(second.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("填表人：张三");
        }
    }

    @Test
    void a_roll_up_is_one_workbook_with_a_sheet_per_table_under_distinct_names() throws Exception {
        ExportTable table = stockLike();
        byte[] xlsx = exports.xlsx(List.of(table.withSheetName("阿图什市"), table.withSheetName("阿图什市"),
                table.withSheetName("合计[全州]")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("阿图什市");
            assertThat(workbook.getSheetName(1)).isEqualTo("阿图什市(2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("合计 全州 ");
        }
    }

    @Test
    void a_long_list_is_streamed_row_by_row_and_comes_out_whole() throws Exception {
        int count = 30_000;
        Iterable<List<ExportCell>> lazy = () -> new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public List<ExportCell> next() {
                next++;
                return List.of(ExportCell.count(next), ExportCell.text("隐患" + next));
            }
        };
        byte[] xlsx = exports.xlsx(List.of(ExportTable.simple("重大事故隐患台账", List.of("序号", "隐患"), lazy)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(count + 1);
            assertThat(sheet.getRow(count + 1).getCell(0).getNumericCellValue()).isEqualTo(count);
            assertThat(sheet.getRow(count + 1).getCell(1).getStringCellValue()).isEqualTo("隐患" + count);
        }
    }

    @Test
    void the_pdf_reads_back_with_the_chinese_heading_the_caption_and_the_figures() throws Exception {
        byte[] pdf = exports.pdf(stockLike());
        String text = PdfText.of(pdf);

        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(1_000_000);
        assertThat(text).contains("重大事故隐患存量统计表", "填报单位：克州应急管理局", "统计期：2026年11月", "版次：第2版",
                "期初存量", "其中2023年及以前", "检查发现", "整改率", "阿图什市", "1,234", "85.3%", "2026年12月2日",
                "1,500.00", "100.0%", "填表人：张三");
    }

    @Test
    void an_empty_table_still_shows_its_heading_and_says_there_is_nothing() throws Exception {
        String text = PdfText.of(exports.pdf(ExportTable.simple("执法检查统计", List.of("属地", "检查次数"), List.of())));

        assertThat(text).contains("执法检查统计", "属地", "检查次数", "（无数据）");
    }

    @Test
    void in_english_the_caption_and_days_are_english() throws Exception {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        String text = PdfText.of(exports.pdf(stockLike()));

        assertThat(text).contains("Unit: 克州应急管理局", "Period: 2026年11月", "Revision: 2", "2026-12-02", "1,234");
    }

    @Test
    void a_long_pdf_repeats_the_heading_on_every_page() throws Exception {
        List<List<ExportCell>> rows = java.util.stream.IntStream.rangeClosed(1, 500)
                .mapToObj(i -> List.of(ExportCell.count(i), ExportCell.text("单位" + i))).toList();

        String text = PdfText.of(exports.pdf(ExportTable.simple("长表", List.of("序号", "填报单位名称"), rows)));

        String[] pages = text.split("\f");
        assertThat(pages.length).isGreaterThan(5);
        assertThat(java.util.Arrays.stream(pages).filter(page -> !page.isBlank()))
                .allSatisfy(page -> assertThat(page).contains("填报单位名称"));
        assertThat(text).contains("单位500");
    }

    @Test
    void without_a_font_a_pdf_is_refused_naming_the_missing_file_and_the_xlsx_still_works() {
        CjkFont missing = new CjkFont("/nonexistent/NotoSansCJK-Regular.ttc");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform-export/messages");
        TableExports without = new TableExports(messages, missing);

        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> without.pdf(stockLike())).isInstanceOf(PdfFontUnavailableException.class)
                .hasMessageContaining("/nonexistent/NotoSansCJK-Regular.ttc").hasMessageContaining("ZHIBEN_PDF_FONT");
        assertThat(without.xlsx(List.of(stockLike()))).isNotEmpty();
    }

    @Test
    void the_refusal_without_a_font_is_a_503_problem_with_its_code_and_a_chinese_detail() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform-export/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        var answer = new PdfExportProblems(messages).fontMissing(new PdfFontUnavailableException("no font"),
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/hazards/x/documents/a.pdf"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "export.pdf-font-missing");
        assertThat(answer.getBody().getTitle()).isEqualTo("无法生成 PDF");
        assertThat(answer.getBody().getDetail()).contains("Noto Sans CJK");
    }

    @Test
    void the_font_is_the_simplified_chinese_face_of_noto_sans_cjk() {
        assertThat(FONT.available()).isTrue();
        assertThat(FONT.name()).endsWith("NotoSansCJK-Regular.ttc,2");
    }

    @Test
    void a_heading_that_does_not_fill_the_table_or_a_row_of_another_width_is_refused() {
        assertThatThrownBy(() -> ExportTable.of("表", List.of(
                List.of(HeaderCell.across("甲", 2), HeaderCell.of("乙")),
                List.of(HeaderCell.of("丙"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        ExportTable narrow = ExportTable.simple("表", List.of("甲", "乙"), List.of(List.of(ExportCell.count(1))));
        assertThatThrownBy(() -> exports.xlsx(List.of(narrow))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells");
    }
}
