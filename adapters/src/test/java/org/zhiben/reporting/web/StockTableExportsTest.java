package org.zhiben.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.PdfText;
import org.zhiben.platform.export.TableExports;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTableRow;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 exported as the form lays it out: a two-row heading with merged cells (期初存量, 本月新增 by channel, 期末存量),
 * every figure a number, the unit, month and revision under the title; the PDF read back with pdftotext; the
 * prefecture roll-up one workbook with the total and a sheet per unit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StockTableExportsTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final LocalDate BASELINE = LocalDate.of(2023, 12, 31);

    @Autowired
    StockTableExports stockTables;

    @Autowired
    TableExports exports;

    @Autowired
    ReportingUnits units;

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Opening 12 (5 found in 2023 or earlier), new 3 + 2 + 1, written off 4, cancelled 1: closing 13. */
    static HazardStockFigures figures() {
        return new HazardStockFigures(12, 5, Map.of(DiscoveryChannel.SELF_INSPECTION, 3L,
                DiscoveryChannel.SUPERVISORY_INSPECTION, 2L, DiscoveryChannel.VERIFIED_TIP_OFF, 1L), 4, 1, 13, 2, 1,
                new BigDecimal("22.2"));
    }

    StockTable artux() {
        ReportingUnit unit = units.findByCode(UnitCode.of("ARTUX_GOV")).orElseThrow();
        return new StockTable(NOVEMBER, unit, BASELINE, List.of(new StockTableRow(JurisdictionCode.of("653001"),
                IndustryCode.of("HAZARDOUS_CHEMICALS"), figures())), figures());
    }

    @Test
    void one_units_month_has_the_forms_merged_heading_and_numbers_as_numbers() throws Exception {
        ReportingUnit unit = artux().unit();
        byte[] xlsx = exports.xlsx(List.of(stockTables.table(artux(), 2)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("附表1　事故隐患动态存量统计表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：" + unit.name() + "　　统计期：2026年11月　　版次：第2版");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("B3:B4"), CellRangeAddress.valueOf("C3:C4"),
                    CellRangeAddress.valueOf("D3:E3"), CellRangeAddress.valueOf("F3:I3"),
                    CellRangeAddress.valueOf("J3:J4"), CellRangeAddress.valueOf("K3:K4"),
                    CellRangeAddress.valueOf("L3:N3"), CellRangeAddress.valueOf("O3:O4"));
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("期初存量");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("其中2023年及以前");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("本月新增");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("企业自查上报");
            assertThat(sheet.getRow(3).getCell(13).getStringCellValue()).isEqualTo("其中挂牌督办");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

            Row line = sheet.getRow(4);
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("阿图什市");
            double[] expected = {12, 5, 6, 3, 2, 1, 4, 1, 13, 2, 1};
            for (int c = 0; c < expected.length; c++) {
                assertThat(line.getCell(3 + c).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(line.getCell(3 + c).getNumericCellValue()).as("column %d", 3 + c).isEqualTo(expected[c]);
            }
            assertThat(line.getCell(14).getNumericCellValue()).isEqualTo(0.222);
            assertThat(line.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row total = sheet.getRow(5);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(13.0);
        }
    }

    @Test
    void the_pdf_of_a_month_reads_back_with_the_chinese_heading_and_the_figures() throws Exception {
        String text = PdfText.of(exports.pdf(stockTables.table(artux(), null)));

        assertThat(text).contains("附表1", "事故隐患动态存量统计表", "统计期：2026年11月", "期初存量", "其中2023年及以前",
                "本月新增", "企业自查上报", "本月销号", "期末存量", "其中挂牌督办", "整改率", "阿图什市", "22.2%",
                "合计", "整改率＝本月销号÷（期初存量＋本月新增）").doesNotContain("版次");
        String figures = text.lines().filter(line -> line.contains("阿图什市") && line.contains("22.2%")).findFirst().orElseThrow();
        assertThat(figures.replaceAll("\\S*[^\\d\\s.%]\\S*", " ").trim().split("\\s+"))
                .containsExactly("1", "12", "5", "6", "3", "2", "1", "4", "1", "13", "2", "1", "22.2%");
    }

    @Test
    void the_prefecture_roll_up_is_one_workbook_with_the_total_and_a_sheet_per_unit() throws Exception {
        StockTable prefecture = new StockTable(NOVEMBER, null, BASELINE, artux().rows(), figures());
        ReportingUnit emb = units.findByCode(UnitCode.of("EMB")).orElseThrow();
        StockTable empty = new StockTable(NOVEMBER, emb, BASELINE, List.of(),
                new HazardStockFigures(0, 0, Map.of(), 0, 0, 0, 0, 0, null));
        List<ExportTable> tables = stockTables.rollUp(new StockRollUp(NOVEMBER, prefecture, List.of(artux(), empty)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(tables)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("全州合计");
            assertThat(workbook.getSheetName(1)).isEqualTo(artux().unit().shortName());
            assertThat(workbook.getSheetName(2)).isEqualTo(emb.shortName());
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：全州　　统计期：2026年11月");
            Sheet none = workbook.getSheetAt(2);
            assertThat(none.getRow(4).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(none.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.0);
            assertThat(none.getRow(4).getCell(14).getStringCellValue()).isEqualTo("—");
        }
    }
}
