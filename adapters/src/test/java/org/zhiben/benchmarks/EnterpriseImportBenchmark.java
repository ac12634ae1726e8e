package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * Bulk import of the enterprise register through the API (CSV), on the real PostgreSQL: a first import that creates
 * every row and a re-import of the same file that changes nothing, for files of 10,000 and 50,000 rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseImportBenchmark {

    private static final String HEADER = "统一社会信用代码,企业名称,属地,行业,地址,主要负责人,主要负责人电话,实际控制人,"
            + "实际控制人电话,安全生产标准化等级,状态";

    @Autowired
    MockMvcTester mvc;

    @Test
    void imports_of_ten_and_fifty_thousand_rows() throws Exception {
        upload(file(500)); // warm-up: JIT, connection pool, Hibernate metadata
        StringBuilder table = new StringBuilder("""
                ## Enterprise register bulk import (CSV through `POST /api/v1/enterprises/imports`)

                | rows | first import (all created) | re-import (all unchanged) | heap used after |
                |---|---|---|---|
                """);
        for (int rows : new int[] {10_000, 10_000, 50_000}) {
            byte[] file = file(rows);
            long first = timed(() -> assertThat(upload(file)).bodyJson().extractingPath("$.created").isEqualTo(rows));
            long again = timed(() -> assertThat(upload(file)).bodyJson().extractingPath("$.unchanged").isEqualTo(rows));
            Runtime runtime = Runtime.getRuntime();
            long heapMiB = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            table.append("| %,d | %.2f s | %.2f s | %d MiB |%n".formatted(rows, first / 1000.0, again / 1000.0, heapMiB));
        }
        BenchmarkReport.write("enterprise-import", table.toString());
    }

    private MvcTestResult upload(byte[] file) {
        return mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.committeeAdmin()).multipart()
                .file(new MockMultipartFile("file", "enterprises.csv", "text/csv", file)).exchange();
    }

    private static byte[] file(int rows) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add(HEADER);
        for (int i = 0; i < rows; i++) {
            lines.add(String.join(",", TestCreditCodes.random(), "基准企业" + batch + "-" + i,
                    i % 2 == 0 ? "653001" : "653022", i % 3 == 0 ? "HAZARDOUS_CHEMICALS" : "INDUSTRY_TRADE",
                    "阿图什市幸福路8号", "张三", "13912345678", "李四", "0908-4221234", "三级", ""));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
