package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.web.EnterpriseSheet;
import org.zhiben.platform.testing.TestCallers;

/**
 * Bulk import of the enterprise register through the API ({@code POST /api/v1/enterprises/imports}) on the real
 * PostgreSQL, from CSV and from Excel (.xlsx), each against its baseline: a {@code COPY} of the same rows, as the
 * import stores them, into an empty table of the same structure (constraints, indexes and defaults included,
 * {@code create table ... (like enterprises.enterprise including all)}), in the same run and the same database.
 * <p>
 * Per size and format: the baseline {@code COPY}, the first import of a file of new enterprises (all created) and a
 * re-import of the same file (all unchanged). The rows come from {@link BenchmarkData} (valid credit codes, zh-CN
 * names, addresses and people), placed in the plan's counties. The heap is watched during each import: the largest
 * heap in use right after a garbage collection (what the import keeps alive), above the heap in use before it.
 * <p>
 * Sizes: {@code -Dzhiben.import.sizes=SMALL,LARGE} (default; 500 and 100,000 rows).
 */
@SpringBootTest(properties = "spring.servlet.multipart.max-file-size=64MB")
@AutoConfigureMockMvc
class EnterpriseImportBenchmark {

    /** The goal of the CSV import: at least half as fast as {@code COPY} of the same rows. */
    private static final double GOAL = 0.5;

    private static final String COLUMNS = "id, credit_code, name, jurisdiction_code, industry_code, high_risk, address, "
            + "principal_name, principal_phone, principal_email, controller_name, controller_phone, controller_email, "
            + "standardisation_grade, status, hospital_grade, key_cultural_relic_unit, large_commercial_complex, "
            + "fire_safety_name, fire_safety_phone, version, created_at, updated_at";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void imports_from_csv_and_xlsx_against_copy_of_the_same_rows() throws Exception {
        String prefecture = BenchmarkDataLoader.prefecture(dataSource);
        List<BenchmarkData.Industry> industries = BenchmarkDataLoader.industries(dataSource);
        List<String> counties = counties();
        long seed = BenchmarkData.DEFAULT_SEED;
        // warm-up: JIT, connection pool, statements; not reported
        for (Format format : Format.values()) {
            Sample warmUp = sample(BenchmarkData.Size.SMALL, ++seed, prefecture, industries, counties, format);
            assertThat(upload(warmUp, format)).bodyJson().extractingPath("$.created").isEqualTo(warmUp.rows);
        }
        StringBuilder table = new StringBuilder("""
                ## Enterprise register bulk import (`POST /api/v1/enterprises/imports`) against `COPY` of the same rows

                Baseline: `COPY … FROM STDIN` (text format, over JDBC from the test JVM) of the same rows as the import \
                stores them (every column, ids and timestamps included) into an empty table of the same structure \
                (`create table … (like enterprises.enterprise including all)`: the same constraints and indexes), \
                in the same run and database, right before the import. Ratio = `COPY` time ÷ import time \
                (goal for CSV: at least %s×, i.e. the import takes at most twice as long as `COPY`). First import: \
                every row is a new enterprise; re-import: the same file again, every row unchanged. Rows from \
                `BenchmarkData` (valid credit codes, zh-CN names, addresses and people) in the plan's counties. \
                Heap: the largest heap in use right after a garbage collection during the import (what the import \
                keeps alive), above the heap in use before it.

                | rows | file | file size | `COPY` (baseline) | first import (all created) | ratio | re-import (all unchanged) | ratio | heap kept during first import / re-import | goal (CSV ≥ %s×) |
                |---|---|---|---|---|---|---|---|---|---|
                """.formatted(GOAL, GOAL));
        for (String sizeName : System.getProperty("zhiben.import.sizes", "SMALL,LARGE").split(",")) {
            BenchmarkData.Size size = BenchmarkData.Size.of(sizeName);
            for (Format format : Format.values()) {
                Sample sample = sample(size, ++seed, prefecture, industries, counties, format);
                long copy = copyBaseline(sample);
                HeapWatch firstHeap = new HeapWatch();
                long first = timed(() -> assertThat(upload(sample, format)).bodyJson().extractingPath("$.created")
                        .isEqualTo(sample.rows));
                long firstKept = firstHeap.stop();
                HeapWatch againHeap = new HeapWatch();
                long again = timed(() -> assertThat(upload(sample, format)).bodyJson()
                        .extractingPath("$.unchanged").isEqualTo(sample.rows));
                long againKept = againHeap.stop();
                double firstRatio = (double) copy / first;
                table.append("| %,d | %s | %.1f MiB | %.2f s | %.2f s | %.2f× | %.2f s | %.2f× | %d MiB / %d MiB | %s |%n"
                        .formatted(sample.rows, format.label, sample.file.length / (1024.0 * 1024), copy / 1000.0,
                                first / 1000.0, firstRatio, again / 1000.0, (double) copy / again,
                                firstKept / (1024 * 1024), againKept / (1024 * 1024),
                                format == Format.CSV ? (firstRatio >= GOAL ? "met" : "missed") : "–"));
            }
        }
        table.append("""

                Heap of the test JVM: at most %d MiB (`-Xmx`); the uploaded file is held by the test (MockMvc) \
                before the import starts and is not counted.
                """.formatted(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        BenchmarkReport.write("enterprise-import", table.toString());
    }

    private enum Format {
        CSV("CSV", "enterprises.csv", "text/csv"),
        XLSX("xlsx", "enterprises.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String label;
        final String fileName;
        final String contentType;

        Format(String label, String fileName, String contentType) {
            this.label = label;
            this.fileName = fileName;
            this.contentType = contentType;
        }
    }

    /** A file to import and the same rows in {@code COPY}'s text format, as the import stores them. */
    private record Sample(int rows, byte[] file, String copyRows) {
    }

    private static Sample sample(BenchmarkData.Size size, long seed, String prefecture,
            List<BenchmarkData.Industry> industries, List<String> counties, Format format) throws IOException {
        BenchmarkData data = BenchmarkData.generate(size, seed, prefecture, industries);
        List<List<String>> rows = new ArrayList<>(data.enterprises.size());
        StringBuilder copy = new StringBuilder(data.enterprises.size() * 300);
        String now = Instant.now().toString();
        for (int i = 0; i < data.enterprises.size(); i++) {
            BenchmarkData.Enterprise e = data.enterprises.get(i);
            String county = counties.get(i % counties.size());
            List<String> cells = List.of(e.creditCode(), e.name(), county, e.industry(), e.address(),
                    e.principalName(), e.principalPhone(), "", e.controllerName(), e.controllerPhone(), "",
                    e.grade(), e.status(), "", "", "", "", "");
            rows.add(cells);
            copy.append(String.join("\t", e.id().toString(), e.creditCode(), e.name(), county, e.industry(),
                    e.highRisk() ? "t" : "f", e.address(), e.principalName(), e.principalPhone(), "\\N",
                    e.controllerName(), e.controllerPhone(), "\\N", e.grade(), e.status(), "NONE", "f", "f", "\\N",
                    "\\N", "0", now, now)).append('\n');
        }
        return new Sample(rows.size(), format == Format.CSV ? csv(rows) : xlsx(rows), copy.toString());
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        csv.append(String.join(",", EnterpriseSheet.CHINESE_HEADINGS)).append('\n');
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(EnterpriseImportBenchmark::csvCell).toList())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A workbook as a spreadsheet program writes one: one sheet, the header row, one row per enterprise. */
    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("企业");
            Row header = sheet.createRow(0);
            for (int c = 0; c < EnterpriseSheet.CHINESE_HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(EnterpriseSheet.CHINESE_HEADINGS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** {@code COPY} of the rows into an empty table like {@code enterprises.enterprise}; the time of the COPY alone. */
    private long copyBaseline(Sample sample) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists enterprises.enterprise_copy_baseline");
            statement.execute("create table enterprises.enterprise_copy_baseline "
                    + "(like enterprises.enterprise including all)");
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy enterprises.enterprise_copy_baseline (" + COLUMNS + ") from stdin",
                    new StringReader(sample.copyRows));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(copied).isEqualTo(sample.rows);
            statement.execute("drop table enterprises.enterprise_copy_baseline");
            return millis;
        }
    }

    private List<String> counties() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from organization.jurisdiction where kind in "
                        + "('COUNTY', 'COUNTY_LEVEL_CITY') order by sort_order")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }

    private MvcTestResult upload(Sample sample, Format format) {
        return mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.committeeAdmin()).multipart()
                .file(new MockMultipartFile("file", format.fileName, format.contentType, sample.file)).exchange();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Watches the heap from now on: the largest heap in use right after any garbage collection, above the heap in use
     * (after a collection) when the watch started.
     */
    private static final class HeapWatch {

        private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());

        private final long before;
        private final AtomicLong largest = new AtomicLong();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                largest.accumulateAndGet(used, Math::max);
            }
        };

        HeapWatch() {
            System.gc();
            before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            }
        }

        /** Stops watching: the largest heap kept above the start, in bytes (0 when no collection ran). */
        long stop() throws Exception {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            }
            return Math.max(0, largest.get() - before);
        }
    }
}
