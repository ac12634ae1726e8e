package org.zhiben.enforcement.web.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Grouping;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Statistics;
import org.zhiben.enforcement.web.StatisticsGroups;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.InvalidValueException;

/**
 * The enforcement statistics (执法统计、执法考评) for a period, by unit, jurisdiction or month, inside the user's data
 * scope: a bar chart of the inspections with findings beside the decided cases, and the table behind it — every
 * figure with names, not codes, numbers and money in the user's conventions, the penalty rate "—" when no
 * inspection found anything — exported as the same table in CSV or Excel.
 */
@PageController
@RequestMapping("/enforcement/statistics")
class StatisticsPages {

    static final String READ = "SCOPE_enforcement:read";

    private final ComputeEnforcementStatistics statistics;
    private final StatisticsGroups groups;
    private final MessageSource messages;
    private final UiFormats formats;
    private final Clock clock;

    StatisticsPages(ComputeEnforcementStatistics statistics, StatisticsGroups groups, MessageSource messages,
            UiFormats formats, Clock clock) {
        this.statistics = statistics;
        this.groups = groups;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The table as shown and exported: headings, one line per group, the total line. */
    record Table(List<String> headings, List<List<String>> lines, List<String> total) {
    }

    @GetMapping
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, Model model) {
        PageAccess.require(READ);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        Grouping grouping = grouping(by);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("by", grouping.name().toLowerCase());
        model.addAttribute("groupings", Arrays.stream(Grouping.values()).map(g -> g.name().toLowerCase()).toList());
        if (end.isBefore(start)) {
            model.addAttribute("periodError", "enforcement.statistics.period-invalid");
            return "enforcement/statistics";
        }
        Statistics found = statistics.compute(start, end, grouping);
        StatisticsGroups.Namer names = groups.namer(grouping, UiFormats.english());
        model.addAttribute("statistics", found);
        model.addAttribute("table", table(found, names));
        List<String> labels = found.rows().stream().map(row -> names.apply(row.key())).toList();
        model.addAttribute("chart", StatisticsChart.of(labels, List.of(
                new StatisticsChart.Series(message("enf.stats.inspections-with-findings"), found.rows().stream()
                        .map(row -> row.figures().inspectionsWithFindings()).toList()),
                new StatisticsChart.Series(message("enf.stats.cases"), found.rows().stream()
                        .map(row -> row.figures().cases()).toList()))));
        return "enforcement/statistics";
    }

    /** The table, as CSV (UTF-8 with a byte order mark, so that Excel reads it). */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by) {
        PageAccess.require(READ);
        Table table = exported(from, to, by);
        StringBuilder csv = new StringBuilder("\uFEFF").append(SpreadsheetCells.csvLine(table.headings()));
        table.lines().forEach(line -> csv.append(SpreadsheetCells.csvLine(line)));
        csv.append(SpreadsheetCells.csvLine(table.total()));
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), from, to, "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** The table, as an Excel workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by) {
        PageAccess.require(READ);
        Table table = exported(from, to, by);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("enf.stats.title"));
            write(sheet.createRow(0), table.headings());
            int line = 1;
            for (List<String> values : table.lines()) {
                write(sheet.createRow(line++), values);
            }
            write(sheet.createRow(line), table.total());
            for (int column = 0; column < table.headings().size(); column++) {
                sheet.setColumnWidth(column, (column == 0 ? 24 : 14) * 256);
            }
            workbook.write(out);
            return download(out.toByteArray(), from, to, "xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the statistics export", e);
        }
    }

    private Table exported(LocalDate from, LocalDate to, String by) {
        Grouping grouping = grouping(by);
        return table(statistics.compute(from, to, grouping), groups.namer(grouping, UiFormats.english()));
    }

    private Table table(Statistics found, StatisticsGroups.Namer names) {
        List<String> headings = new ArrayList<>();
        headings.add(message("enf.stats.by." + found.by().name().toLowerCase()));
        headings.add(message("enf.stats.inspections"));
        for (InspectionMethod method : InspectionMethod.values()) {
            headings.add(UiFormats.english() ? message("enf.stats.method." + method.name()) : method.label());
        }
        for (String key : List.of("findings", "inspections-with-findings", "cases", "fines", "dual-penalties",
                "transfers", "listings")) {
            headings.add(message("enf.stats." + key));
        }
        if (found.tipOffsCounted()) {
            for (String key : List.of("tip-offs-received", "tip-offs-verified", "tip-offs-rewarded", "rewards-paid")) {
                headings.add(message("enf.stats." + key));
            }
        }
        headings.add(message("enf.stats.penalty-rate"));
        List<List<String>> lines = found.rows().stream()
                .map(row -> cells(names.apply(row.key()), row.figures(), found.tipOffsCounted())).toList();
        return new Table(headings, lines, cells(message("enf.stats.total"), found.total(), found.tipOffsCounted()));
    }

    private List<String> cells(String name, EnforcementFigures f, boolean tipOffs) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(formats.number(f.inspections()));
        for (InspectionMethod method : InspectionMethod.values()) {
            cells.add(formats.number(f.inspectionsByMethod().get(method)));
        }
        cells.add(formats.number(f.findings()));
        cells.add(formats.number(f.inspectionsWithFindings()));
        cells.add(formats.number(f.cases()));
        cells.add(yuan(f.fines()));
        cells.add(formats.number(f.dualPenalties()));
        cells.add(formats.number(f.transfers()));
        cells.add(formats.number(f.listings()));
        if (tipOffs) {
            cells.add(formats.number(f.tipOffsReceived()));
            cells.add(formats.number(f.tipOffsVerified()));
            cells.add(formats.number(f.tipOffsRewarded()));
            cells.add(yuan(f.rewardsPaid()));
        }
        cells.add(f.penaltyRate().map(rate -> rate.toPlainString() + "%").orElse("—"));
        return cells;
    }

    private static String yuan(Money money) {
        return UiFormats.yuanFromFen(money.fen());
    }

    private static Grouping grouping(String by) {
        if (by == null || by.isBlank()) {
            return Grouping.UNIT;
        }
        return Arrays.stream(Grouping.values()).filter(g -> g.name().equalsIgnoreCase(by.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("by", "validation.enum", "unknown value " + by
                        + " for by", "by", by));
    }

    private static void write(Row row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            row.createCell(column).setCellValue(SpreadsheetCells.neutralised(values.get(column)));
        }
    }

    private ResponseEntity<byte[]> download(byte[] body, LocalDate from, LocalDate to, String extension,
            MediaType type) {
        String name = message("enf.stats.export.file-name") + "-" + from + "-" + to + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
