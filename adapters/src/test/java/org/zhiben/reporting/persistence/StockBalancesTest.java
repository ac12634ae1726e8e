package org.zhiben.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.reporting.StockDelta;
import org.zhiben.reporting.storage.StockLedger;
import org.zhiben.reporting.storage.StockLedger.MonthKey;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The running sums of the monthly stock figures ({@code stock_after}, {@code baseline_after}, {@code overdue_after},
 * {@code listed_after}) kept change by change equal the sums worked out afresh from the monthly changes — whatever
 * order the months come in, and with writers changing the same jurisdiction × industry at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StockBalancesTest {

    private static final List<JurisdictionCode> JURISDICTIONS = List.of(JurisdictionCode.of("659991"),
            JurisdictionCode.of("659992"));
    private static final List<IndustryCode> INDUSTRIES = List.of(IndustryCode.of("BAL_A"), IndustryCode.of("BAL_B"));
    private static final String OURS = "jurisdiction in ('659991', '659992')";

    @Autowired
    StockLedger ledger;
    @Autowired
    Transactions transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        jdbc.update("delete from reporting.stock_month where " + OURS);
        jdbc.update("delete from reporting.stock_pair where " + OURS);
    }

    @Test
    void sums_kept_change_by_change_equal_the_sums_worked_out_afresh() {
        Random random = new Random(20261209);
        for (int i = 0; i < 60; i++) {
            // one write may touch several months of several pairs, as one hazard's new line does
            Map<MonthKey, StockDelta> changes = new java.util.HashMap<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                changes.merge(key(random), delta(random), StockDelta::plus);
            }
            transactions.write(() -> ledger.write(List.of(), changes));
        }
        List<Map<String, Object>> kept = rows();
        assertThat(kept).hasSizeGreaterThan(10);

        transactions.write(ledger::recomputeBalances);

        assertThat(rows()).isEqualTo(kept);
    }

    @Test
    void writers_changing_the_same_pair_at_once_lose_nothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                Random random = new Random(w);
                writers.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        // one pair, the months out of order: an earlier month's change must reach later months'
                        // sums even when another writer creates a later month meanwhile
                        MonthKey key = new MonthKey(JURISDICTIONS.get(0), INDUSTRIES.get(0),
                                YearMonth.of(2025, 1 + random.nextInt(12)));
                        transactions.write(() -> ledger.write(List.of(), Map.of(key, delta(random))));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> kept = rows();
        assertThat(kept).isNotEmpty();

        transactions.write(ledger::recomputeBalances);

        assertThat(rows()).isEqualTo(kept);
    }

    private static MonthKey key(Random random) {
        return new MonthKey(JURISDICTIONS.get(random.nextInt(2)), INDUSTRIES.get(random.nextInt(2)),
                YearMonth.of(2024, 1).plusMonths(random.nextInt(30)));
    }

    private static StockDelta delta(Random random) {
        return new StockDelta(random.nextInt(4), random.nextInt(3), random.nextInt(2), random.nextInt(2),
                random.nextInt(3), random.nextInt(2), random.nextInt(2), random.nextInt(5) - 2, random.nextInt(3) - 1);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select * from reporting.stock_month where " + OURS
                + " order by jurisdiction, industry, month");
    }
}
